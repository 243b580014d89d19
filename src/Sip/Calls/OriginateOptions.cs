using MediaCore.Sip.Transport;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Calls;

/// <summary>What to call and how: the target URI, our caller identity, and the trunk (credentials, proxy) to use.</summary>
public sealed record OriginateOptions
{
    /// <summary>Request-URI, e.g. "sip:+15551234567@trunk.example" or "sip:service@127.0.0.1:5070".</summary>
    public required string Target { get; init; }

    /// <summary>Our From user part (caller id).</summary>
    public string FromUser { get; init; } = "mediacore";

    public string? FromDisplayName { get; init; }

    /// <summary>Credentials for 401/407 retries and the outbound proxy come from here when set.</summary>
    public TrunkProfile? Trunk { get; init; }

    /// <summary>Overrides the next hop (else the trunk's proxy, else the target's host:port).</summary>
    public SipSource? NextHop { get; init; }
}
