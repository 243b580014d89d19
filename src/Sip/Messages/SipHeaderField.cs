namespace MediaCore.Sip.Messages;

/// <summary>
/// One header line as received or to be sent: <see cref="Name"/> is the original spelling (e.g. "v" or "VIA"),
/// <see cref="CanonicalName"/> the expanded RFC spelling used for lookups, <see cref="Value"/> the value with
/// surrounding LWS removed and line folding collapsed to single spaces (RFC 3261 §7.3.1).
/// </summary>
public readonly record struct SipHeaderField
{
    public SipHeaderField(string name, string value)
    {
        Name = name;
        CanonicalName = SipHeaderNames.Canonicalize(name);
        Value = value;
    }

    public string Name { get; }
    public string CanonicalName { get; }
    public string Value { get; }

    public bool Is(string canonicalName) => string.Equals(CanonicalName, canonicalName, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Name + ": " + Value;
}
