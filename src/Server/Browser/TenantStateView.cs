namespace MediaCore.Server.Browser;

/// <summary>
/// A snapshot of what the call is building for the tenant, as the page shows it: a title ("Reservation"),
/// a status ("collecting", "confirmed", …) and ordered fields (Name → Asha, Party → 4, Time → 19:30).
/// </summary>
public sealed record TenantStateView(string Title, string Status, IReadOnlyList<KeyValuePair<string, string>> Fields);
