using MediaCore.Media.Scheduling;
using MediaCore.Sip.Calls;

namespace MediaCore.Sip.Media;

/// <summary>
/// Creates <see cref="RtpCallMedia"/> for the SIP endpoint: one RTP session per call, all ticking on one shared
/// <see cref="MediaTickScheduler"/> (owned by the caller, so several endpoints may share it).
/// </summary>
public sealed class RtpCallMediaFactory : ICallMediaFactory
{
    private readonly MediaTickScheduler _scheduler;

    public RtpCallMediaFactory(MediaTickScheduler scheduler, RtpCallMediaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        Options = options ?? new RtpCallMediaOptions();
    }

    public RtpCallMediaOptions Options { get; }

    /// <summary>Raised for each media object created (before the call's SDP is written).</summary>
    public event Action<RtpCallMedia>? Created;

    public ICallMedia Create(string callId)
    {
        var media = new RtpCallMedia(callId, _scheduler, Options);
        Created?.Invoke(media);
        return media;
    }
}
