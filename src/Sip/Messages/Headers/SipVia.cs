using System.Diagnostics.CodeAnalysis;
using System.Text;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Messages.Headers;

/// <summary>
/// One Via entry (RFC 3261 §20.42, §18.2.1; RFC 3581 rport):
/// <code>
/// via-parm      = sent-protocol LWS sent-by *( SEMI via-params )
/// sent-protocol = protocol-name SLASH protocol-version SLASH transport
/// sent-by       = host [ COLON port ]
/// via-params    = via-ttl / via-maddr / via-received / via-branch / response-port / via-extension
/// </code>
/// </summary>
public sealed class SipVia
{
    /// <summary>RFC 3261 §8.1.1.7: every branch we create starts with this magic cookie.</summary>
    public const string MagicCookie = "z9hG4bK";

    public SipVia(string transport, string host, int? port = null, string? branch = null)
    {
        Transport = transport;
        Host = host;
        Port = port;
        if (branch is not null) Branch = branch;
    }

    public string ProtocolName { get; set; } = "SIP";
    public string ProtocolVersion { get; set; } = "2.0";

    /// <summary>UDP, TCP, TLS, SCTP, WS, WSS (upper-case by convention).</summary>
    public string Transport { get; set; }

    public string Host { get; set; }
    public int? Port { get; set; }
    public SipParameters Parameters { get; } = new();

    public string? Branch
    {
        get => Parameters.Get("branch");
        set => SetOrRemove("branch", value);
    }

    /// <summary>received = the source IP the server saw (RFC 3261 §18.2.1).</summary>
    public string? Received
    {
        get => Parameters.Get("received");
        set => SetOrRemove("received", value);
    }

    public string? Maddr
    {
        get => Parameters.Get("maddr");
        set => SetOrRemove("maddr", value);
    }

    public int? Ttl => SipGrammar.TryParseDigits(Parameters.Get("ttl"), 3, out int t) && t <= 255 ? t : null;

    /// <summary>True when ;rport is present, with or without a value (RFC 3581 §3: the client asks for it empty).</summary>
    public bool HasRPort => Parameters.Contains("rport");

    /// <summary>The rport value the server filled in, or null when absent or empty.</summary>
    public int? RPort => SipGrammar.TryParseDigits(Parameters.Get("rport"), 5, out int p) && p <= 65535 ? p : null;

    /// <summary>Requests symmetric response routing: adds an empty ;rport (RFC 3581 §3).</summary>
    public void RequestRPort() => Parameters.Set("rport", null);

    /// <summary>Server side of RFC 3581 §4: fill in the source port (and received) seen on the packet.</summary>
    public void SetRPort(int port) => Parameters.Set("rport", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>True for an RFC 3261 branch (starts with the magic cookie), i.e. usable as a transaction id.</summary>
    public bool HasRfc3261Branch => Branch?.StartsWith(MagicCookie, StringComparison.Ordinal) == true;

    private void SetOrRemove(string name, string? value)
    {
        if (value is null) Parameters.Remove(name);
        else Parameters.Set(name, value);
    }

    /// <summary>Parses one via-parm (one element of a comma-separated Via header).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out SipVia? via)
    {
        via = null;
        text = SipGrammar.TrimLws(text);
        if (!TryReadProtocolPart(ref text, out var name) || !TryReadSlash(ref text)) return false;
        if (!TryReadProtocolPart(ref text, out var version) || !TryReadSlash(ref text)) return false;
        if (!TryReadProtocolPart(ref text, out var transport)) return false;
        var rest = SipGrammar.TrimLws(text);
        if (rest.Length == text.Length) return false; // LWS is required between sent-protocol and sent-by
        int semi = rest.IndexOf(';');
        var sentBy = SipGrammar.TrimLws(semi < 0 ? rest : rest[..semi]);
        if (!TryParseSentBy(sentBy, out string host, out int? port)) return false;
        var result = new SipVia(transport.ToString(), host, port)
        {
            ProtocolName = name.ToString(),
            ProtocolVersion = version.ToString(),
        };
        if (semi >= 0 && !SipParameters.TryParse(rest[(semi + 1)..], headerMode: true, result.Parameters)) return false;
        via = result;
        return true;
    }

    private static bool TryParseSentBy(ReadOnlySpan<char> sentBy, out string host, out int? port)
    {
        // LWS may surround the colon (RFC 4475 §3.1.1.1 wsinv uses "host : port" style spacing elsewhere); remove it.
        Span<char> compact = stackalloc char[Math.Min(sentBy.Length, 256)];
        int n = 0;
        foreach (char c in sentBy)
        {
            if (c is ' ' or '\t' or '\r' or '\n') continue;
            if (n == compact.Length) { host = string.Empty; port = null; return false; }
            compact[n++] = c;
        }
        return SipUri.TryParseHostPort(compact[..n], out host, out port);
    }

    private static bool TryReadProtocolPart(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> part)
    {
        text = SipGrammar.TrimLws(text);
        int i = 0;
        while (i < text.Length && SipGrammar.IsTokenChar(text[i])) i++;
        part = text[..i];
        text = text[i..];
        return i > 0;
    }

    private static bool TryReadSlash(ref ReadOnlySpan<char> text)
    {
        text = SipGrammar.TrimLws(text);
        if (text.IsEmpty || text[0] != '/') return false;
        text = text[1..];
        return true;
    }

    public SipVia Clone()
    {
        var copy = new SipVia(Transport, Host, Port) { ProtocolName = ProtocolName, ProtocolVersion = ProtocolVersion };
        foreach (var p in Parameters.Items) copy.Parameters.Set(p.Name, p.Value);
        return copy;
    }

    public override string ToString()
    {
        var sb = new StringBuilder(64);
        sb.Append(ProtocolName).Append('/').Append(ProtocolVersion).Append('/').Append(Transport).Append(' ').Append(Host);
        if (Port is int p) sb.Append(':').Append(p);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }
}
