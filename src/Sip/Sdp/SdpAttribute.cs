namespace MediaCore.Sip.Sdp;

/// <summary>a=&lt;name&gt;[:&lt;value&gt;] (RFC 4566 §5.13). Value is null for property attributes such as a=sendrecv.</summary>
public sealed record SdpAttribute(string Name, string? Value = null)
{
    public override string ToString() => Value is null ? Name : Name + ":" + Value;
}
