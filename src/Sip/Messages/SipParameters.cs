using System.Text;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Messages;

/// <summary>
/// Ordered, case-insensitive list of ";name=value" parameters (RFC 3261 §7.3.1, §19.1.1). Order and original
/// spelling are preserved so a parsed message serialises back to the same bytes.
/// </summary>
public sealed class SipParameters : IEquatable<SipParameters>
{
    private readonly List<SipParameter> _items = new();

    public int Count => _items.Count;
    public IReadOnlyList<SipParameter> Items => _items;

    /// <summary>True when a parameter with this name exists (with or without a value).</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The raw value, or null when absent or valueless.</summary>
    public string? Get(string name)
    {
        int i = IndexOf(name);
        return i < 0 ? null : _items[i].Value;
    }

    /// <summary>The value with surrounding quotes removed (for quoted-string values such as +sip.instance).</summary>
    public string? GetUnquoted(string name)
    {
        string? raw = Get(name);
        return raw is null ? null : SipGrammar.Unquote(raw);
    }

    /// <summary>Sets (replacing in place, keeping position) or appends a parameter; null value makes a flag.</summary>
    public void Set(string name, string? value)
    {
        int i = IndexOf(name);
        if (i >= 0) _items[i] = new SipParameter(_items[i].Name, value);
        else _items.Add(new SipParameter(name, value));
    }

    public bool Remove(string name)
    {
        int i = IndexOf(name);
        if (i < 0) return false;
        _items.RemoveAt(i);
        return true;
    }

    public void Clear() => _items.Clear();

    public SipParameters Clone()
    {
        var copy = new SipParameters();
        copy._items.AddRange(_items);
        return copy;
    }

    private int IndexOf(string name)
    {
        for (int i = 0; i < _items.Count; i++)
            if (string.Equals(_items[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>Appends ";a=b;c" to the builder.</summary>
    public void AppendTo(StringBuilder sb)
    {
        foreach (var p in _items)
        {
            sb.Append(';').Append(p.Name);
            if (p.Value is not null) sb.Append('=').Append(p.Value);
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        AppendTo(sb);
        return sb.ToString();
    }

    /// <summary>
    /// Parses "name[=value]" elements separated by ';'. <paramref name="text"/> starts AFTER the first ';'
    /// (or is empty). Header mode allows LWS around ';' and '=' and quoted-string values (RFC 3261 §25.1
    /// generic-param); URI mode allows neither (§19.1.1 uri-parameters).
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> text, bool headerMode, SipParameters into)
    {
        while (true)
        {
            int end = headerMode ? SipGrammar.IndexOfUnquoted(text, ';') : text.IndexOf(';');
            var element = end < 0 ? text : text[..end];
            if (!TryParseOne(element, headerMode, out var parameter)) return false;
            into._items.Add(parameter);
            if (end < 0) return true;
            text = text[(end + 1)..];
        }
    }

    private static bool TryParseOne(ReadOnlySpan<char> element, bool headerMode, out SipParameter parameter)
    {
        parameter = default;
        if (headerMode) element = SipGrammar.TrimLws(element);
        int eq = element.IndexOf('=');
        var name = eq < 0 ? element : element[..eq];
        if (headerMode) name = SipGrammar.TrimLws(name);
        if (!IsValidName(name, headerMode)) return false;
        if (eq < 0)
        {
            parameter = new SipParameter(name.ToString(), null);
            return true;
        }
        var value = element[(eq + 1)..];
        if (headerMode) value = SipGrammar.TrimLws(value);
        if (!IsValidValue(value, headerMode)) return false;
        parameter = new SipParameter(name.ToString(), value.ToString());
        return true;
    }

    private static bool IsValidName(ReadOnlySpan<char> name, bool headerMode) =>
        headerMode ? SipGrammar.IsToken(name) : IsUriParamText(name);

    private static bool IsValidValue(ReadOnlySpan<char> value, bool headerMode)
    {
        if (value.IsEmpty) return false;
        if (!headerMode) return IsUriParamText(value);
        if (value[0] == '"') return SipGrammar.EndOfQuotedString(value, 0) == value.Length;
        // gen-value = token / host: tokens plus ':' '[' ']' for IPv6 hosts.
        foreach (char c in value)
            if (!(SipGrammar.IsTokenChar(c) || c is ':' or '[' or ']')) return false;
        return true;
    }

    /// <summary>paramchar = param-unreserved / unreserved / escaped (RFC 3261 §25.1).</summary>
    internal static bool IsUriParamText(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s)
            if (!(UriText.IsUnreserved(c) || c is '[' or ']' or '/' or ':' or '&' or '+' or '$' or '%')) return false;
        return UriText.HasValidEscapes(s);
    }

    public bool Equals(SipParameters? other)
    {
        if (other is null || other._items.Count != _items.Count) return false;
        for (int i = 0; i < _items.Count; i++)
        {
            if (!string.Equals(_items[i].Name, other._items[i].Name, StringComparison.OrdinalIgnoreCase)) return false;
            if (!string.Equals(_items[i].Value, other._items[i].Value, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SipParameters);
    public override int GetHashCode() => _items.Count;
}
