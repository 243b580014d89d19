namespace MediaCore.Pipeline.Records;

/// <summary>
/// The business a call belongs to. Every business-facing store operation takes one and filters by it, so one
/// tenant's query can never see another tenant's rows.
/// </summary>
public readonly record struct TenantId
{
    public const int MaxLength = 128;

    public TenantId(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength || value.Any(char.IsControl))
            throw new ArgumentException($"a tenant id is 1-{MaxLength} printable characters", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;
}
