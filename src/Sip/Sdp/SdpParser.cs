using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace MediaCore.Sip.Sdp;

/// <summary>
/// SDP parser (RFC 4566 §5) as a small state machine. Each line is &lt;type&gt;=&lt;value&gt;; which types are legal
/// depends on where we are:
/// <code>
/// state         | accepted types                  | next state
/// --------------+---------------------------------+-----------------------------
/// Version       | v                               | Origin
/// Origin        | o                               | SessionName
/// SessionName   | s                               | Session
/// Session       | i u e p c b t r z k a           | Session
/// Session       | m                               | Media
/// Media         | i c b k a                       | Media
/// Media         | m                               | Media (new section)
/// any           | another known type              | error LineOutOfOrder
/// any           | unknown letter                  | error UnknownLineType
/// </code>
/// Unknown attributes are kept; known attributes (rtpmap, fmtp, ptime, maxptime, rtcp) must be well formed.
/// CRLF and bare LF line ends are accepted; blank lines are skipped.
/// </summary>
internal static class SdpParser
{
    public const int MaxSize = 64 * 1024;

    private enum State { Version, Origin, SessionName, Session, Media }

    public static bool TryParse(ReadOnlySpan<byte> data, [NotNullWhen(true)] out SdpSession? session, out SdpParseError error)
    {
        session = null;
        if (data.Length > MaxSize) { error = SdpParseError.TooLarge; return false; }
        var context = new Context();
        while (!data.IsEmpty)
        {
            int lf = data.IndexOf((byte)'\n');
            var line = lf < 0 ? data : data[..lf];
            data = lf < 0 ? ReadOnlySpan<byte>.Empty : data[(lf + 1)..];
            if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
            if (line.IsEmpty) continue;
            error = ParseLine(line, context);
            if (error != SdpParseError.None) return false;
        }
        error = Finish(context);
        if (error != SdpParseError.None) return false;
        session = context.Session!;
        return true;
    }

    private sealed class Context
    {
        public State State = State.Version;
        public SdpSession? Session;
        public SdpMediaDescription? CurrentMedia;
    }

    private static SdpParseError ParseLine(ReadOnlySpan<byte> line, Context ctx)
    {
        if (line.Length < 2 || line[1] != (byte)'=' || !char.IsAsciiLetterLower((char)line[0])) return SdpParseError.BadLineFormat;
        foreach (byte b in line)
            if ((b < 0x20 && b != (byte)'\t') || b == 0x7F) return SdpParseError.BadLineFormat;
        char type = (char)line[0];
        string value = Encoding.UTF8.GetString(line[2..]);
        return ctx.State switch
        {
            State.Version => type == 'v' ? ParseVersion(value, ctx) : Misplaced(type, SdpParseError.MissingVersion),
            State.Origin => type == 'o' ? ParseOrigin(value, ctx) : Misplaced(type, SdpParseError.MissingOrigin),
            State.SessionName => type == 's' ? ParseSessionName(value, ctx) : Misplaced(type, SdpParseError.MissingSessionName),
            State.Session => ParseSessionLine(type, value, ctx),
            _ => ParseMediaLine(type, value, ctx),
        };
    }

    private static SdpParseError Misplaced(char type, SdpParseError missing) =>
        IsKnownType(type) ? missing : SdpParseError.UnknownLineType;

    private static bool IsKnownType(char type) => "vosiuepcbtrzkam".Contains(type);

    private static SdpParseError ParseVersion(string value, Context ctx)
    {
        if (value != "0") return SdpParseError.BadVersion; // RFC 4566 §5.1: v=0 is the only version
        ctx.State = State.Origin;
        return SdpParseError.None;
    }

    private static SdpParseError ParseOrigin(string value, Context ctx)
    {
        if (!SdpOrigin.TryParse(value, out var origin)) return SdpParseError.BadOrigin;
        ctx.Session = new SdpSession(origin);
        ctx.State = State.SessionName;
        return SdpParseError.None;
    }

    private static SdpParseError ParseSessionName(string value, Context ctx)
    {
        ctx.Session!.SessionName = value;
        ctx.State = State.Session;
        return SdpParseError.None;
    }

    private static SdpParseError ParseSessionLine(char type, string value, Context ctx)
    {
        var s = ctx.Session!;
        switch (type)
        {
            case 'i': return SetOnce(s.Information, () => s.Information = value);
            case 'u': return SetOnce(s.Uri, () => s.Uri = value);
            case 'e': s.Emails.Add(value); return SdpParseError.None;
            case 'p': s.Phones.Add(value); return SdpParseError.None;
            case 'c':
                if (s.Connection is not null) return SdpParseError.LineOutOfOrder;
                if (!SdpConnection.TryParse(value, out var connection)) return SdpParseError.BadConnection;
                s.Connection = connection;
                return SdpParseError.None;
            case 'b': s.Bandwidths.Add(value); return SdpParseError.None;
            case 't':
                if (!SdpTiming.TryParse(value, out var timing)) return SdpParseError.BadTiming;
                s.Timings.Add(timing);
                return SdpParseError.None;
            case 'r':
                if (s.Timings.Count == 0) return SdpParseError.LineOutOfOrder;
                s.Timings[^1].Repeats.Add(value);
                return SdpParseError.None;
            case 'z': return SetOnce(s.TimeZones, () => s.TimeZones = value);
            case 'k': return SetOnce(s.EncryptionKey, () => s.EncryptionKey = value);
            case 'a': return AddAttribute(value, s.Attributes);
            case 'm':
                if (s.Timings.Count == 0) return SdpParseError.MissingTiming;
                return StartMedia(value, ctx);
            default: return Misplaced(type, SdpParseError.LineOutOfOrder);
        }
    }

    private static SdpParseError ParseMediaLine(char type, string value, Context ctx)
    {
        var m = ctx.CurrentMedia!;
        switch (type)
        {
            case 'i': return SetOnce(m.Information, () => m.Information = value);
            case 'c':
                if (!SdpConnection.TryParse(value, out var connection)) return SdpParseError.BadConnection;
                m.Connections.Add(connection);
                return SdpParseError.None;
            case 'b': m.Bandwidths.Add(value); return SdpParseError.None;
            case 'k': return SetOnce(m.EncryptionKey, () => m.EncryptionKey = value);
            case 'a': return AddAttribute(value, m.Attributes);
            case 'm': return StartMedia(value, ctx);
            default: return Misplaced(type, SdpParseError.LineOutOfOrder);
        }
    }

    private static SdpParseError SetOnce(string? current, Action set)
    {
        if (current is not null) return SdpParseError.LineOutOfOrder;
        set();
        return SdpParseError.None;
    }

    /// <summary>m=&lt;media&gt; &lt;port&gt;[/&lt;number of ports&gt;] &lt;proto&gt; &lt;fmt&gt; ... (RFC 4566 §5.14).</summary>
    private static SdpParseError StartMedia(string value, Context ctx)
    {
        var parts = value.Split(' ');
        if (parts.Length < 4 || Array.Exists(parts, p => p.Length == 0)) return SdpParseError.BadMedia;
        if (!IsToken(parts[0]) || !IsToken(parts[2].Replace("/", ""))) return SdpParseError.BadMedia;
        var portText = parts[1];
        int? portCount = null;
        int slash = portText.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseUInt(portText[(slash + 1)..], 65535, out int count) || count == 0) return SdpParseError.BadMedia;
            portCount = count;
            portText = portText[..slash];
        }
        if (!TryParseUInt(portText, 65535, out int port)) return SdpParseError.BadMedia;
        var media = new SdpMediaDescription(parts[0], port, parts[2], parts.Skip(3)) { PortCount = portCount };
        if (media.IsRtp && media.Formats.Exists(f => !SdpRtpMap.TryParsePayloadType(f, out _))) return SdpParseError.BadMedia;
        ctx.Session!.Media.Add(media);
        ctx.CurrentMedia = media;
        ctx.State = State.Media;
        return SdpParseError.None;
    }

    private static SdpParseError AddAttribute(string value, List<SdpAttribute> into)
    {
        int colon = value.IndexOf(':');
        string name = colon < 0 ? value : value[..colon];
        string? attributeValue = colon < 0 ? null : value[(colon + 1)..];
        if (!IsToken(name)) return SdpParseError.BadAttribute;
        if (!IsValidKnownAttribute(name, attributeValue)) return SdpParseError.BadAttribute;
        into.Add(new SdpAttribute(name, attributeValue));
        return SdpParseError.None;
    }

    private static bool IsValidKnownAttribute(string name, string? value) => name switch
    {
        "rtpmap" => value is not null && SdpRtpMap.TryParse(value, out _),
        "fmtp" => value is not null && value.IndexOf(' ') is int sp && sp > 0 && IsToken(value[..sp]),
        "ptime" or "maxptime" => value is not null && IsPacketTime(value),
        "rtcp" => value is not null && TryParseUInt(value.Split(' ')[0], 65535, out _),
        "sendrecv" or "sendonly" or "recvonly" or "inactive" => value is null,
        _ => true,
    };

    private static bool IsPacketTime(string value)
    {
        int dot = value.IndexOf('.');
        return dot < 0
            ? TryParseUInt(value, 100000, out int ms) && ms > 0
            : TryParseUInt(value[..dot], 100000, out _) && TryParseUInt(value[(dot + 1)..], 999999, out _);
    }

    private static SdpParseError Finish(Context ctx)
    {
        switch (ctx.State)
        {
            case State.Version: return SdpParseError.Empty;
            case State.Origin: return SdpParseError.MissingOrigin;
            case State.SessionName: return SdpParseError.MissingSessionName;
        }
        var s = ctx.Session!;
        if (s.Timings.Count == 0) return SdpParseError.MissingTiming;
        foreach (var m in s.Media)
            if (!m.IsRejected && m.Connections.Count == 0 && s.Connection is null) return SdpParseError.MissingConnection;
        return SdpParseError.None;
    }

    private static bool TryParseUInt(string text, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= max;

    private static bool IsToken(string s) => s.Length > 0 && MediaCore.Sip.Parsing.SipGrammar.IsToken(s);
}
