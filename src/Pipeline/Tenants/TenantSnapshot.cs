namespace MediaCore.Pipeline.Tenants;

/// <summary>An immutable view of all tenants at one moment; a call looks its tenant up once and keeps it.</summary>
public sealed class TenantSnapshot
{
    private readonly IReadOnlyDictionary<string, TenantConfig> _byId;
    private readonly IReadOnlyDictionary<string, TenantConfig> _byDid;

    public TenantSnapshot(IReadOnlyList<TenantConfig> tenants, IReadOnlyList<string> errors, long version)
    {
        Tenants = tenants;
        Errors = errors;
        Version = version;
        _byId = tenants.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First());
        var byDid = new Dictionary<string, TenantConfig>();
        foreach (var tenant in tenants)
            foreach (var did in tenant.Dids)
                byDid.TryAdd(DidKey(did), tenant);
        _byDid = byDid;
    }

    public static TenantSnapshot Empty { get; } = new([], [], 0);

    public IReadOnlyList<TenantConfig> Tenants { get; }
    /// <summary>Validation errors of the last load; tenants with errors keep their last good version.</summary>
    public IReadOnlyList<string> Errors { get; }
    public long Version { get; }

    public TenantConfig? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The tenant a dialled number routes to ("+91 11 4000 1234" and "01140001234" match).</summary>
    public TenantConfig? FindByDid(string did) => _byDid.GetValueOrDefault(DidKey(did));

    private static string DidKey(string did)
    {
        var digits = PhoneNumbers.Digits(did);
        return digits.Length > 10 ? digits[^10..] : digits;
    }
}
