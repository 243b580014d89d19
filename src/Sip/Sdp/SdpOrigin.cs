using System.Diagnostics.CodeAnalysis;

namespace MediaCore.Sip.Sdp;

/// <summary>
/// o=&lt;username&gt; &lt;sess-id&gt; &lt;sess-version&gt; &lt;nettype&gt; &lt;addrtype&gt; &lt;unicast-address&gt; (RFC 4566 §5.2).
/// The version must increase with every changed offer in a session (RFC 3264 §8).
/// </summary>
public sealed record SdpOrigin(string Username, ulong SessionId, ulong SessionVersion, string NetType, string AddressType, string Address)
{
    public static bool TryParse(string value, [NotNullWhen(true)] out SdpOrigin? origin)
    {
        origin = null;
        var parts = value.Split(' ');
        if (parts.Length != 6 || Array.Exists(parts, p => p.Length == 0)) return false;
        if (!ulong.TryParse(parts[1], System.Globalization.NumberStyles.None, null, out ulong id)) return false;
        if (!ulong.TryParse(parts[2], System.Globalization.NumberStyles.None, null, out ulong version)) return false;
        origin = new SdpOrigin(parts[0], id, version, parts[3], parts[4], parts[5]);
        return true;
    }

    public override string ToString() => $"{Username} {SessionId} {SessionVersion} {NetType} {AddressType} {Address}";
}
