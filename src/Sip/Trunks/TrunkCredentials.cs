namespace MediaCore.Sip.Trunks;

/// <summary>A digest username/password pair; <see cref="Realm"/> is the realm we challenge with (inbound) or expect (outbound, optional).</summary>
public sealed record TrunkCredentials(string Username, string Password, string? Realm = null);
