using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace MediaCore.Sip.Trunks;

/// <summary>A CIDR range ("203.0.113.0/24", "::1/128"; a bare address means a single host).</summary>
public sealed record IpNetwork(IPAddress Prefix, int PrefixLength)
{
    public static bool TryParse(string text, [NotNullWhen(true)] out IpNetwork? network)
    {
        network = null;
        int slash = text.IndexOf('/');
        if (!IPAddress.TryParse(slash < 0 ? text : text[..slash], out var address)) return false;
        int max = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        int length = max;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, null, out length) || length > max))
            return false;
        network = new IpNetwork(address, length);
        return true;
    }

    public static IpNetwork Parse(string text) => TryParse(text, out var n) ? n : throw new FormatException("Not a CIDR range: " + text);

    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != Prefix.AddressFamily) return false;
        byte[] a = address.GetAddressBytes(), p = Prefix.GetAddressBytes();
        int full = PrefixLength / 8, rest = PrefixLength % 8;
        for (int i = 0; i < full; i++)
            if (a[i] != p[i]) return false;
        if (rest == 0) return true;
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (a[full] & mask) == (p[full] & mask);
    }

    public override string ToString() => Prefix + "/" + PrefixLength;
}
