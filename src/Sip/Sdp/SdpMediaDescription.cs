using System.Globalization;
using System.Text;

namespace MediaCore.Sip.Sdp;

/// <summary>
/// One media section (RFC 4566 §5.14): m=&lt;media&gt; &lt;port&gt;[/&lt;number of ports&gt;] &lt;proto&gt; &lt;fmt&gt; ...
/// followed by its i=, c=, b=, k= and a= lines. Port 0 means the stream is rejected/disabled (RFC 3264 §5.1, §6).
/// </summary>
public sealed class SdpMediaDescription
{
    public SdpMediaDescription(string media, int port, string protocol, IEnumerable<string> formats)
    {
        Media = media;
        Port = port;
        Protocol = protocol;
        Formats.AddRange(formats);
    }

    public string Media { get; set; }
    public int Port { get; set; }
    public int? PortCount { get; set; }
    public string Protocol { get; set; }

    /// <summary>Format list; for RTP profiles these are payload type numbers in preference order.</summary>
    public List<string> Formats { get; } = new();

    public string? Information { get; set; }
    public List<SdpConnection> Connections { get; } = new();
    public List<string> Bandwidths { get; } = new();
    public string? EncryptionKey { get; set; }
    public List<SdpAttribute> Attributes { get; } = new();

    public bool IsRejected => Port == 0;
    public bool IsRtp => Protocol.StartsWith("RTP/", StringComparison.Ordinal);

    public string? GetAttribute(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.Value;
    public bool HasAttribute(string name) => Attributes.Exists(a => a.Name == name);

    /// <summary>Every valid a=rtpmap of this section.</summary>
    public IReadOnlyList<SdpRtpMap> RtpMaps =>
        Attributes.Where(a => a.Name == "rtpmap" && a.Value is not null)
            .Select(a => SdpRtpMap.TryParse(a.Value!, out var m) ? m : null).OfType<SdpRtpMap>().ToList();

    /// <summary>The a=fmtp parameters for a payload type ("0-16" for a=fmtp:101 0-16), or null.</summary>
    public string? GetFmtp(int payloadType)
    {
        string prefix = payloadType.ToString(CultureInfo.InvariantCulture) + " ";
        var fmtp = Attributes.FirstOrDefault(a => a.Name == "fmtp" && a.Value?.StartsWith(prefix, StringComparison.Ordinal) == true);
        return fmtp?.Value![prefix.Length..].Trim();
    }

    public int? Ptime => ParseInt(GetAttribute("ptime"));
    public int? MaxPtime => ParseInt(GetAttribute("maxptime"));

    /// <summary>The a=rtcp port (RFC 3605), when present.</summary>
    public int? RtcpPort => ParseInt(GetAttribute("rtcp")?.Split(' ')[0]);

    /// <summary>The direction attribute of this section, or null when it has none (the session-level one applies).</summary>
    public SdpDirection? ExplicitDirection
    {
        get
        {
            foreach (var a in Attributes)
                if (a.Value is null && SdpDirections.TryParse(a.Name, out var d)) return d;
            return null;
        }
    }

    /// <summary>Replaces any direction attribute with <paramref name="direction"/>.</summary>
    public void SetDirection(SdpDirection direction)
    {
        Attributes.RemoveAll(a => a.Value is null && SdpDirections.TryParse(a.Name, out _));
        Attributes.Add(new SdpAttribute(direction.ToAttributeName()));
    }

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;

    internal void AppendTo(StringBuilder sb)
    {
        sb.Append("m=").Append(Media).Append(' ').Append(Port);
        if (PortCount is int n) sb.Append('/').Append(n);
        sb.Append(' ').Append(Protocol);
        foreach (string f in Formats) sb.Append(' ').Append(f);
        sb.Append("\r\n");
        if (Information is not null) sb.Append("i=").Append(Information).Append("\r\n");
        foreach (var c in Connections) sb.Append("c=").Append(c).Append("\r\n");
        foreach (string b in Bandwidths) sb.Append("b=").Append(b).Append("\r\n");
        if (EncryptionKey is not null) sb.Append("k=").Append(EncryptionKey).Append("\r\n");
        foreach (var a in Attributes) sb.Append("a=").Append(a).Append("\r\n");
    }
}
