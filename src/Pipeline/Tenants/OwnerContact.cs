namespace MediaCore.Pipeline.Tenants;

/// <summary>The business owner: a name to address them by and the numbers they call from (owner queries are answered only to these).</summary>
public sealed record OwnerContact(string? Name, IReadOnlyList<string> Numbers, string? NotifyTo)
{
    public static OwnerContact None { get; } = new(null, [], null);

    public bool IsOwner(string? callerNumber) =>
        callerNumber is not null && Numbers.Any(n => PhoneNumbers.SameNumber(n, callerNumber));
}
