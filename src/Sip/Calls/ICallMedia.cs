using System.Net;
using MediaCore.Sip.Sdp;

namespace MediaCore.Sip.Calls;

/// <summary>
/// The media plane of one call as the signalling sees it (implemented over RTP sessions in src/Sip/Media by the
/// media helper): a local RTP port to advertise, started/updated with each negotiated SDP, stopped at the end.
/// </summary>
public interface ICallMedia : IDisposable
{
    /// <summary>The address for our SDP c= line.</summary>
    IPAddress LocalAddress { get; }

    /// <summary>The RTP port for our SDP m= line (allocated when the media object was created).</summary>
    int LocalPort { get; }

    /// <summary>Starts sending/receiving, or applies a renegotiation (re-INVITE: hold, codec change).</summary>
    void Start(SdpNegotiatedMedia media);

    void Stop();

    /// <summary>Sends an RFC 4733 telephone-event (or inband tone when none was negotiated); false if it cannot.</summary>
    bool SendDtmf(char digit);

    event Action<char>? DtmfReceived;

    /// <summary>No RTP for the media timeout: the call layer hangs up with <see cref="CallEndReason.MediaTimeout"/>.</summary>
    event Action? MediaTimeout;
}
