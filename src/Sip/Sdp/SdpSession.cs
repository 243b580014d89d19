using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace MediaCore.Sip.Sdp;

/// <summary>
/// A session description (RFC 4566 §5). Lines are written in the order §5 prescribes
/// (v o s i u e p c b t r z k a, then each m section), with CRLF endings.
/// </summary>
public sealed class SdpSession
{
    public SdpSession(SdpOrigin origin, string sessionName = "-")
    {
        Origin = origin;
        SessionName = sessionName;
    }

    public int Version { get; set; }
    public SdpOrigin Origin { get; set; }
    public string SessionName { get; set; }
    public string? Information { get; set; }
    public string? Uri { get; set; }
    public List<string> Emails { get; } = new();
    public List<string> Phones { get; } = new();
    public SdpConnection? Connection { get; set; }
    public List<string> Bandwidths { get; } = new();
    public List<SdpTiming> Timings { get; } = new();
    public string? TimeZones { get; set; }
    public string? EncryptionKey { get; set; }
    public List<SdpAttribute> Attributes { get; } = new();
    public List<SdpMediaDescription> Media { get; } = new();

    /// <summary>Session-level direction attribute, or sendrecv (RFC 4566 §6 default).</summary>
    public SdpDirection SessionDirection
    {
        get
        {
            foreach (var a in Attributes)
                if (a.Value is null && SdpDirections.TryParse(a.Name, out var d)) return d;
            return SdpDirection.SendRecv;
        }
    }

    /// <summary>The effective direction of a stream: its own attribute, else the session's.</summary>
    public SdpDirection DirectionOf(SdpMediaDescription media) => media.ExplicitDirection ?? SessionDirection;

    /// <summary>The effective connection of a stream: its own c=, else the session's.</summary>
    public SdpConnection? ConnectionOf(SdpMediaDescription media) => media.Connections.FirstOrDefault() ?? Connection;

    public static bool TryParse(ReadOnlySpan<byte> data, [NotNullWhen(true)] out SdpSession? session, out SdpParseError error) =>
        SdpParser.TryParse(data, out session, out error);

    public static bool TryParse(string text, [NotNullWhen(true)] out SdpSession? session, out SdpParseError error) =>
        SdpParser.TryParse(Encoding.UTF8.GetBytes(text), out session, out error);

    public override string ToString()
    {
        var sb = new StringBuilder(512);
        sb.Append("v=").Append(Version).Append("\r\n");
        sb.Append("o=").Append(Origin).Append("\r\n");
        sb.Append("s=").Append(SessionName).Append("\r\n");
        if (Information is not null) sb.Append("i=").Append(Information).Append("\r\n");
        if (Uri is not null) sb.Append("u=").Append(Uri).Append("\r\n");
        foreach (string e in Emails) sb.Append("e=").Append(e).Append("\r\n");
        foreach (string p in Phones) sb.Append("p=").Append(p).Append("\r\n");
        if (Connection is not null) sb.Append("c=").Append(Connection).Append("\r\n");
        foreach (string b in Bandwidths) sb.Append("b=").Append(b).Append("\r\n");
        foreach (var t in Timings)
        {
            sb.Append("t=").Append(t).Append("\r\n");
            foreach (string r in t.Repeats) sb.Append("r=").Append(r).Append("\r\n");
        }
        if (TimeZones is not null) sb.Append("z=").Append(TimeZones).Append("\r\n");
        if (EncryptionKey is not null) sb.Append("k=").Append(EncryptionKey).Append("\r\n");
        foreach (var a in Attributes) sb.Append("a=").Append(a).Append("\r\n");
        foreach (var m in Media) m.AppendTo(sb);
        return sb.ToString();
    }

    public int GetSerializedSize() => Encoding.UTF8.GetByteCount(ToString());

    public bool TryWrite(Span<byte> destination, out int written) =>
        Encoding.UTF8.TryGetBytes(ToString(), destination, out written);

    public byte[] ToArray() => Encoding.UTF8.GetBytes(ToString());
}
