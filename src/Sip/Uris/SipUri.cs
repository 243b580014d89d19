using System.Diagnostics.CodeAnalysis;
using System.Text;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Uris;

/// <summary>
/// A sip: or sips: URI (RFC 3261 §19.1.1):
/// <code>
/// SIP-URI  = "sip:"  [ userinfo ] hostport uri-parameters [ headers ]
/// SIPS-URI = "sips:" [ userinfo ] hostport uri-parameters [ headers ]
/// userinfo = ( user / telephone-subscriber ) [ ":" password ] "@"
/// hostport = host [ ":" port ]           host = hostname / IPv4address / IPv6reference
/// uri-parameters = *( ";" uri-parameter ) headers = "?" header *( "&amp;" header )
/// </code>
/// <see cref="User"/> and <see cref="Password"/> are kept escaped exactly as on the wire so that parse → ToString
/// round-trips; <see cref="UnescapedUser"/> gives the decoded form.
/// </summary>
public sealed class SipUri : AddressUri
{
    public SipUri(string host, string? user = null, int? port = null, bool secure = false)
    {
        Host = host;
        User = user;
        Port = port;
        IsSecure = secure;
    }

    public override string Scheme => IsSecure ? "sips" : "sip";

    /// <summary>sips: (TLS end to end, RFC 3261 §19.1).</summary>
    public bool IsSecure { get; set; }

    /// <summary>The user part, escaped as on the wire (null when absent).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Host name, IPv4 address or "[IPv6]" reference (brackets included).</summary>
    public string Host { get; set; }

    /// <summary>Explicit port, or null for the transport default (5060 / 5061).</summary>
    public int? Port { get; set; }

    public SipParameters Parameters { get; } = new();

    /// <summary>URI headers after '?', name and value escaped as on the wire.</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = new();

    public string? UnescapedUser => User is null ? null : UriText.Unescape(User);

    public string? Transport
    {
        get => Parameters.Get("transport");
        set => SetOrRemove("transport", value);
    }

    public string? Maddr
    {
        get => Parameters.Get("maddr");
        set => SetOrRemove("maddr", value);
    }

    /// <summary>The ;lr flag marks a loose router (RFC 3261 §19.1.1, §16.12).</summary>
    public bool IsLooseRouter
    {
        get => Parameters.Contains("lr");
        set { if (value) Parameters.Set("lr", null); else Parameters.Remove("lr"); }
    }

    /// <summary>Builds a user part escaping every char that is not allowed unescaped.</summary>
    public static string EscapeUser(string user) => UriText.Escape(user, c => UriText.IsUserChar(c) && c != '%');

    private void SetOrRemove(string name, string? value)
    {
        if (value is null) Parameters.Remove(name);
        else Parameters.Set(name, value);
    }

    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out SipUri? uri)
    {
        uri = null;
        bool secure;
        if (text.StartsWith("sip:", StringComparison.OrdinalIgnoreCase)) secure = false;
        else if (text.StartsWith("sips:", StringComparison.OrdinalIgnoreCase)) secure = true;
        else return false;
        var rest = text[(secure ? 5 : 4)..];

        string? user = null, password = null;
        int at = rest.IndexOf('@');
        if (at >= 0)
        {
            if (!TryParseUserInfo(rest[..at], out user, out password)) return false;
            rest = rest[(at + 1)..];
        }

        int question = rest.IndexOf('?');
        var beforeHeaders = question < 0 ? rest : rest[..question];
        int semi = beforeHeaders.IndexOf(';');
        var hostPort = semi < 0 ? beforeHeaders : beforeHeaders[..semi];
        if (!TryParseHostPort(hostPort, out string host, out int? port)) return false;

        var result = new SipUri(host, user, port, secure) { Password = password };
        if (semi >= 0 && !SipParameters.TryParse(beforeHeaders[(semi + 1)..], headerMode: false, result.Parameters)) return false;
        if (question >= 0 && !TryParseHeaders(rest[(question + 1)..], result.Headers)) return false;
        uri = result;
        return true;
    }

    private static bool TryParseUserInfo(ReadOnlySpan<char> userInfo, out string? user, out string? password)
    {
        user = password = null;
        int colon = userInfo.IndexOf(':');
        var userPart = colon < 0 ? userInfo : userInfo[..colon];
        if (userPart.IsEmpty || !AllChars(userPart, UriText.IsUserChar) || !UriText.HasValidEscapes(userPart)) return false;
        user = userPart.ToString();
        if (colon < 0) return true;
        var pw = userInfo[(colon + 1)..];
        if (!AllChars(pw, UriText.IsPasswordChar) || !UriText.HasValidEscapes(pw)) return false;
        password = pw.ToString();
        return true;
    }

    internal static bool TryParseHostPort(ReadOnlySpan<char> hostPort, out string host, out int? port)
    {
        host = string.Empty;
        port = null;
        int portColon;
        if (!hostPort.IsEmpty && hostPort[0] == '[')
        {
            int close = hostPort.IndexOf(']');
            if (close < 0) return false;
            portColon = close + 1 < hostPort.Length ? close + 1 : -1;
            if (portColon >= 0 && hostPort[portColon] != ':') return false;
        }
        else
        {
            portColon = hostPort.IndexOf(':');
        }
        var hostSpan = portColon < 0 ? hostPort : hostPort[..portColon];
        if (!UriText.IsValidHost(hostSpan)) return false;
        if (portColon >= 0)
        {
            if (!SipGrammar.TryParseDigits(hostPort[(portColon + 1)..], 5, out int p) || p > 65535) return false;
            port = p;
        }
        host = hostSpan.ToString();
        return true;
    }

    private static bool TryParseHeaders(ReadOnlySpan<char> text, List<KeyValuePair<string, string>> into)
    {
        while (true)
        {
            int amp = text.IndexOf('&');
            var element = amp < 0 ? text : text[..amp];
            int eq = element.IndexOf('=');
            if (eq <= 0) return false;
            var name = element[..eq];
            var value = element[(eq + 1)..];
            if (!AllChars(name, UriText.IsHeaderChar) || !UriText.HasValidEscapes(name)) return false;
            if (!AllChars(value, UriText.IsHeaderChar) || !UriText.HasValidEscapes(value)) return false;
            into.Add(new(name.ToString(), value.ToString()));
            if (amp < 0) return true;
            text = text[(amp + 1)..];
        }
    }

    private static bool AllChars(ReadOnlySpan<char> s, Func<char, bool> allowed)
    {
        foreach (char c in s)
            if (!allowed(c)) return false;
        return true;
    }

    public SipUri Clone()
    {
        var copy = new SipUri(Host, User, Port, IsSecure) { Password = Password };
        foreach (var p in Parameters.Items) copy.Parameters.Set(p.Name, p.Value);
        copy.Headers.AddRange(Headers);
        return copy;
    }

    public override string ToString()
    {
        var sb = new StringBuilder(32);
        sb.Append(IsSecure ? "sips:" : "sip:");
        if (User is not null)
        {
            sb.Append(User);
            if (Password is not null) sb.Append(':').Append(Password);
            sb.Append('@');
        }
        sb.Append(Host);
        if (Port is int p) sb.Append(':').Append(p);
        Parameters.AppendTo(sb);
        for (int i = 0; i < Headers.Count; i++)
            sb.Append(i == 0 ? '?' : '&').Append(Headers[i].Key).Append('=').Append(Headers[i].Value);
        return sb.ToString();
    }
}
