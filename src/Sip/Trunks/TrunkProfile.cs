using System.Net;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Trunks;

/// <summary>
/// One SIP trunk as configured (YAML binding comes later; this is the plain options shape): who may send us calls,
/// how they authenticate, which tenant a dialled number belongs to, and how we reach the provider outbound.
/// </summary>
public sealed class TrunkProfile
{
    public required string Name { get; init; }
    public TrunkKind Kind { get; init; } = TrunkKind.Generic;

    /// <summary>Source addresses allowed to send INVITEs; empty = any (then inbound auth should be set).</summary>
    public IReadOnlyList<IpNetwork> AllowedSources { get; init; } = Array.Empty<IpNetwork>();

    /// <summary>When set, inbound INVITEs must carry digest credentials for this user (401 challenge first).</summary>
    public TrunkCredentials? InboundAuth { get; init; }

    /// <summary>Credentials we answer the provider's 401/407 with on originate and REGISTER.</summary>
    public TrunkCredentials? OutboundAuth { get; init; }

    /// <summary>Dialled number (Request-URI user part) → tenant id.</summary>
    public IReadOnlyDictionary<string, string> DidToTenant { get; init; } = new Dictionary<string, string>();

    /// <summary>The tenant for numbers not in <see cref="DidToTenant"/>; null rejects them with 404.</summary>
    public string? DefaultTenant { get; init; }

    /// <summary>Where outbound requests go ("host:port"); null = the target URI's host.</summary>
    public IPEndPoint? OutboundProxy { get; init; }

    public SipTransportProtocol OutboundTransport { get; init; } = SipTransportProtocol.Udp;

    /// <summary>Set for trunks that need us to REGISTER.</summary>
    public TrunkRegistrationSettings? Registration { get; init; }

    public bool AcceptsSource(IPAddress address) => AllowedSources.Count == 0 || AllowedSources.Any(n => n.Contains(address));

    /// <summary>The tenant for a dialled number, or null when the number is unknown and there is no default.</summary>
    public string? TenantFor(string? did) =>
        did is not null && DidToTenant.TryGetValue(did, out var tenant) ? tenant : DefaultTenant;

    /// <summary>A trunk accepting any caller on loopback, no auth, every number → tenant "demo".</summary>
    public static TrunkProfile DemoLoopback() => new()
    {
        Name = "demo-loopback",
        AllowedSources = new[] { IpNetwork.Parse("127.0.0.0/8"), IpNetwork.Parse("::1/128") },
        DefaultTenant = "demo",
    };
}
