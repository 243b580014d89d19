using System.Security.Cryptography;
using MediaCore.Sip.Auth;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Trunks;

/// <summary>
/// Decides whether an inbound INVITE may create a call, before any call or dialog state exists:
/// source IP must be in some trunk's ranges (else 403); a trunk with inbound credentials challenges with 401
/// (RFC 3261 §22.2) and answers wrong credentials with 403; the dialled number must map to a tenant (else 404).
/// </summary>
public sealed class TrunkAuthorizer
{
    private readonly IReadOnlyList<TrunkProfile> _trunks;
    private readonly Dictionary<string, DigestServer> _servers = new();
    private readonly byte[] _nonceKey = RandomNumberGenerator.GetBytes(32);

    public TrunkAuthorizer(IReadOnlyList<TrunkProfile> trunks) => _trunks = trunks;

    public IReadOnlyList<TrunkProfile> Trunks => _trunks;

    public TrunkDecision Authorize(SipRequest request, SipSource source)
    {
        var trunk = _trunks.FirstOrDefault(t => t.AcceptsSource(source.Remote.Address));
        if (trunk is null) return TrunkDecision.Reject(SipStatusCodes.Forbidden);
        if (trunk.InboundAuth is { } credentials)
        {
            var verdict = CheckCredentials(trunk, credentials, request);
            if (verdict is not null) return verdict;
        }
        string? did = (request.RequestUri as SipUri)?.UnescapedUser ?? (request.RequestUri as TelUri)?.ToString();
        string? tenant = trunk.TenantFor(did);
        return tenant is null ? TrunkDecision.Reject(SipStatusCodes.NotFound) : TrunkDecision.Accept(trunk, tenant);
    }

    /// <summary>Null when the credentials are valid; otherwise the 401/403 decision.</summary>
    private TrunkDecision? CheckCredentials(TrunkProfile trunk, TrunkCredentials expected, SipRequest request)
    {
        var server = ServerFor(expected.Realm ?? "mediacore");
        string? header = request.Authorization.FirstOrDefault();
        if (header is null || !DigestCredentials.TryParse(header, out var presented))
            return TrunkDecision.ChallengeWith(trunk, server.CreateChallenge().ToString());
        if (!string.Equals(presented.Username, expected.Username, StringComparison.Ordinal))
            return TrunkDecision.Reject(SipStatusCodes.Forbidden);
        return server.Verify(presented, request.Method, expected.Password) switch
        {
            DigestVerification.Valid => null,
            DigestVerification.Stale => TrunkDecision.ChallengeWith(trunk, server.CreateChallenge(stale: true).ToString()),
            DigestVerification.InvalidNonce or DigestVerification.WrongRealm => TrunkDecision.ChallengeWith(trunk, server.CreateChallenge().ToString()),
            _ => TrunkDecision.Reject(SipStatusCodes.Forbidden),
        };
    }

    private DigestServer ServerFor(string realm)
    {
        if (!_servers.TryGetValue(realm, out var server))
            _servers[realm] = server = new DigestServer(realm, _nonceKey, TimeSpan.FromMinutes(5));
        return server;
    }
}
