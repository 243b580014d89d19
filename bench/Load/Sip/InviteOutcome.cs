using MediaCore.Sip.Sdp;

namespace MediaCore.Bench.Load.Sip;

/// <summary>How an INVITE ended: the final status (0 = timed out), the time to it, and the negotiated media on 2xx.</summary>
/// <param name="StatusCode">Final response code; 0 when Timer B fired (no final response).</param>
/// <param name="SetupTime">INVITE sent → final response received.</param>
/// <param name="FirstProvisional">INVITE sent → first 1xx (null when none came).</param>
/// <param name="Retransmissions">INVITE retransmissions (Timer A firings).</param>
/// <param name="Media">The answer applied to our offer (2xx with a usable SDP answer only).</param>
public sealed record InviteOutcome(int StatusCode, TimeSpan SetupTime, TimeSpan? FirstProvisional, int Retransmissions, SdpNegotiatedMedia? Media)
{
    public bool Answered => StatusCode is >= 200 and < 300 && Media is not null;
}
