using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Trunks;

/// <summary>
/// The authorizer's verdict on an inbound request: accepted (with trunk and tenant) or the response to send —
/// 403 for unknown sources and bad credentials, 401 for a (re)challenge, 404 for an unknown number.
/// </summary>
public sealed record TrunkDecision(TrunkProfile? Trunk, string? Tenant, int StatusCode, string? Challenge = null)
{
    public bool IsAccepted => StatusCode == 0;

    public static TrunkDecision Accept(TrunkProfile trunk, string tenant) => new(trunk, tenant, 0);
    public static TrunkDecision Reject(int statusCode) => new(null, null, statusCode);
    public static TrunkDecision ChallengeWith(TrunkProfile trunk, string challenge) => new(trunk, null, SipStatusCodes.Unauthorized, challenge);
}
