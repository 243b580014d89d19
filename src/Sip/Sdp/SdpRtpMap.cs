using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MediaCore.Sip.Sdp;

/// <summary>a=rtpmap:&lt;payload type&gt; &lt;encoding name&gt;/&lt;clock rate&gt;[/&lt;encoding parameters&gt;] (RFC 4566 §6).</summary>
public sealed record SdpRtpMap(int PayloadType, string EncodingName, int ClockRate, int? Channels = null)
{
    public static bool TryParse(string value, [NotNullWhen(true)] out SdpRtpMap? map)
    {
        map = null;
        int space = value.IndexOf(' ');
        if (space <= 0 || !TryParsePayloadType(value.AsSpan(0, space), out int pt)) return false;
        var parts = value[(space + 1)..].Trim().Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int rate) || rate <= 0) return false;
        int? channels = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int ch) || ch <= 0) return false;
            channels = ch;
        }
        map = new SdpRtpMap(pt, parts[0], rate, channels);
        return true;
    }

    /// <summary>RTP payload types are 0..127 (RFC 3550 §5.1, 7 bits).</summary>
    internal static bool TryParsePayloadType(ReadOnlySpan<char> text, out int pt) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out pt) && pt is >= 0 and <= 127;

    public override string ToString() =>
        Channels is int ch ? $"{PayloadType} {EncodingName}/{ClockRate}/{ch}" : $"{PayloadType} {EncodingName}/{ClockRate}";
}
