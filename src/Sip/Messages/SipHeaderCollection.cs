using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Messages;

/// <summary>
/// The ordered header lines of a message. Order and original names are preserved (RFC 3261 §7.3.1: the relative
/// order of same-named fields is significant, e.g. Via and Route). Lookups accept full or compact names.
/// </summary>
public sealed class SipHeaderCollection
{
    private readonly List<SipHeaderField> _fields = new();

    public int Count => _fields.Count;
    public IReadOnlyList<SipHeaderField> Fields => _fields;

    public void Add(string name, string value) => _fields.Add(new SipHeaderField(name, value));

    public void Add(SipHeaderField field) => _fields.Add(field);

    /// <summary>Inserts before every existing field of that name (how a proxy pushes a Via, RFC 3261 §16.6 step 8).</summary>
    public void AddFirst(string name, string value)
    {
        var field = new SipHeaderField(name, value);
        int i = IndexOfFirst(field.CanonicalName);
        _fields.Insert(i < 0 ? _fields.Count : i, field);
    }

    /// <summary>Replaces the first field of that name in place (keeping its original spelling) and removes the others; appends if none.</summary>
    public void Set(string name, string value)
    {
        string canonical = SipHeaderNames.Canonicalize(name);
        int first = IndexOfFirst(canonical);
        if (first < 0)
        {
            _fields.Add(new SipHeaderField(name, value));
            return;
        }
        _fields[first] = new SipHeaderField(_fields[first].Name, value);
        for (int i = _fields.Count - 1; i > first; i--)
            if (_fields[i].Is(canonical)) _fields.RemoveAt(i);
    }

    /// <summary>Replaces all fields of that name with one field per value, at the position of the first one.</summary>
    public void SetAll(string name, IEnumerable<string> values)
    {
        string canonical = SipHeaderNames.Canonicalize(name);
        int first = IndexOfFirst(canonical);
        string spelling = first >= 0 ? _fields[first].Name : name;
        RemoveAll(canonical);
        int at = first < 0 ? _fields.Count : first;
        foreach (string v in values) _fields.Insert(at++, new SipHeaderField(spelling, v));
    }

    public int RemoveAll(string name)
    {
        string canonical = SipHeaderNames.Canonicalize(name);
        return _fields.RemoveAll(f => f.Is(canonical));
    }

    /// <summary>Removes the first value of a list header (the top Via after a response passes a hop, §18.1.2).</summary>
    public bool RemoveFirstValue(string name)
    {
        string canonical = SipHeaderNames.Canonicalize(name);
        int i = IndexOfFirst(canonical);
        if (i < 0) return false;
        var parts = new List<string>();
        if (!SipGrammar.TrySplitList(_fields[i].Value, parts) || parts.Count <= 1)
        {
            _fields.RemoveAt(i);
            return true;
        }
        _fields[i] = new SipHeaderField(_fields[i].Name, string.Join(", ", parts.Skip(1)));
        return true;
    }

    public bool Contains(string name) => IndexOfFirst(SipHeaderNames.Canonicalize(name)) >= 0;

    /// <summary>The value of the first field of that name, or null.</summary>
    public string? GetFirst(string name)
    {
        int i = IndexOfFirst(SipHeaderNames.Canonicalize(name));
        return i < 0 ? null : _fields[i].Value;
    }

    /// <summary>The raw values of every field of that name, in order (no comma splitting).</summary>
    public List<string> GetAll(string name)
    {
        string canonical = SipHeaderNames.Canonicalize(name);
        var result = new List<string>();
        foreach (var f in _fields)
            if (f.Is(canonical)) result.Add(f.Value);
        return result;
    }

    /// <summary>
    /// Every element of a list header: all fields of that name, each split on commas outside quotes and &lt;&gt;
    /// (RFC 3261 §7.3.1 — "Route: a, b" equals two Route lines). Returns false if a value has an open quote/bracket.
    /// Do not use for headers whose values contain unquoted commas (WWW-Authenticate, Date, User-Agent...).
    /// </summary>
    public bool TryGetValues(string name, out List<string> values)
    {
        string canonical = SipHeaderNames.Canonicalize(name);
        values = new List<string>();
        foreach (var f in _fields)
            if (f.Is(canonical) && !SipGrammar.TrySplitList(f.Value, values)) return false;
        return true;
    }

    public List<string> GetValues(string name) => TryGetValues(name, out var values) ? values : new List<string>();

    public SipHeaderCollection Clone()
    {
        var copy = new SipHeaderCollection();
        copy._fields.AddRange(_fields);
        return copy;
    }

    internal int IndexOfFirst(string canonical)
    {
        for (int i = 0; i < _fields.Count; i++)
            if (_fields[i].Is(canonical)) return i;
        return -1;
    }

    internal void ReplaceAt(int index, SipHeaderField field) => _fields[index] = field;
}
