using System.Diagnostics.CodeAnalysis;

namespace MediaCore.Sip.Sdp;

/// <summary>c=&lt;nettype&gt; &lt;addrtype&gt; &lt;connection-address&gt; (RFC 4566 §5.7); the address may carry /ttl/count for multicast.</summary>
public sealed record SdpConnection(string NetType, string AddressType, string Address)
{
    public static SdpConnection ForAddress(string address) =>
        new("IN", address.Contains(':') ? "IP6" : "IP4", address);

    /// <summary>The RFC 2543 hold address (c=IN IP4 0.0.0.0), still sent by many trunks (RFC 3264 §8.4).</summary>
    public bool IsNullAddress => Address is "0.0.0.0" or "::";

    public static bool TryParse(string value, [NotNullWhen(true)] out SdpConnection? connection)
    {
        connection = null;
        var parts = value.Split(' ');
        if (parts.Length != 3 || parts[0] != "IN" || parts[1] is not ("IP4" or "IP6")) return false;
        if (parts[2].Length == 0 || !IsAddressText(parts[2])) return false;
        connection = new SdpConnection(parts[0], parts[1], parts[2]);
        return true;
    }

    private static bool IsAddressText(string address)
    {
        foreach (char c in address)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '-' or '/')) return false;
        return true;
    }

    public override string ToString() => $"{NetType} {AddressType} {Address}";
}
