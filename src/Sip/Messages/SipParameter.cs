namespace MediaCore.Sip.Messages;

/// <summary>
/// One ";name[=value]" parameter of a URI or header (RFC 3261 §19.1.1 uri-parameter, §25.1 generic-param).
/// <see cref="Value"/> is kept exactly as on the wire (a quoted-string keeps its quotes); null for a flag such as ";lr".
/// </summary>
public readonly record struct SipParameter(string Name, string? Value)
{
    public override string ToString() => Value is null ? Name : Name + "=" + Value;
}
