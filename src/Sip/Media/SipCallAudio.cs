using MediaCore.Media.Handlers;
using MediaCore.Sip.Calls;

namespace MediaCore.Sip.Media;

/// <summary>Lets the application choose the audio handler of a call whose media is an <see cref="RtpCallMedia"/>.</summary>
public static class SipCallAudio
{
    /// <summary>Attaches <paramref name="handler"/> to the call's media; call it before answering.</summary>
    public static void UseAudioHandler(this SipCall call, ICallAudioHandler handler)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Media is not RtpCallMedia media)
            throw new InvalidOperationException($"The call's media is a {call.Media.GetType().Name}, not RTP media.");
        media.Handler = handler;
    }

    /// <summary>The call's RTP media, or null when another media factory made it.</summary>
    public static RtpCallMedia? RtpMedia(this SipCall call) => call.Media as RtpCallMedia;
}
