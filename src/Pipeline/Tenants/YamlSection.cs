using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace MediaCore.Pipeline.Tenants;

/// <summary>
/// A YAML mapping plus its key path ("menu[3]") that reads typed values and records every problem as
/// "file: path.key: message" instead of stopping at the first one, so an operator fixes a file in one go.
/// </summary>
internal sealed class YamlSection
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = [];

    public YamlSection(YamlMappingNode node, string path, List<string> errors, string file)
    {
        _node = node;
        Path = path;
        Errors = errors;
        File = file;
    }

    public string Path { get; }
    public List<string> Errors { get; }
    public string File { get; }

    public string KeyPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public void Error(string keyPath, string message) => Errors.Add($"{File}: {keyPath}: {message}");

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? String(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null when required:
                Error(KeyPath(key), "is required");
                return null;
            case null:
                return null;
            case YamlScalarNode { Value: { } v } when !string.IsNullOrWhiteSpace(v):
                return v.Trim();
            case YamlScalarNode when required:
                Error(KeyPath(key), "must not be empty");
                return null;
            case YamlScalarNode:
                return null;
            default:
                Error(KeyPath(key), "must be a text value");
                return null;
        }
    }

    public int? Int(string key, int min, int max, bool required = false, int? fallback = null)
    {
        var text = String(key, required);
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        Error(KeyPath(key), $"must be a whole number from {min} to {max}");
        return fallback;
    }

    public decimal? PositiveNumber(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v > 0) return v;
        Error(KeyPath(key), "must be a positive number");
        return null;
    }

    public double? Double(string key, double min, double max)
    {
        var text = String(key);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        Error(KeyPath(key), $"must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (bool.TryParse(text, out var v)) return v;
        Error(KeyPath(key), "must be true or false");
        return null;
    }

    public TimeOnly? Time(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (TryParseTime(text, out var t)) return t;
        Error(KeyPath(key), "must be a time HH:mm (24-hour)");
        return null;
    }

    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public YamlSection? Section(string key, bool required = false)
    {
        switch (Find(key))
        {
            case YamlMappingNode map:
                return new YamlSection(map, KeyPath(key), Errors, File);
            case null when required:
                Error(KeyPath(key), "is required");
                return null;
            case null:
                return null;
            default:
                Error(KeyPath(key), "must be a mapping of keys to values");
                return null;
        }
    }

    /// <summary>The mappings of a sequence, each with its path "key[i]".</summary>
    public IReadOnlyList<YamlSection> Sections(string key, bool required = false)
    {
        var items = Sequence(key, required);
        var list = new List<YamlSection>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlMappingNode map) list.Add(new YamlSection(map, $"{KeyPath(key)}[{i}]", Errors, File));
            else Error($"{KeyPath(key)}[{i}]", "must be a mapping of keys to values");
        }
        return list;
    }

    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var items = Sequence(key, required);
        var list = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) list.Add(v.Trim());
            else Error($"{KeyPath(key)}[{i}]", "must be a non-empty text value");
        }
        return list;
    }

    /// <summary>Keys of a mapping child with their sections or scalars, for dictionaries such as greetings or voices.</summary>
    public IReadOnlyList<(string Key, YamlNode Value)> Entries()
    {
        return _node.Children.Select(kv => (((YamlScalarNode)kv.Key).Value ?? "", kv.Value)).ToArray();
    }

    public YamlSection Child(YamlMappingNode node, string key) => new(node, KeyPath(key), Errors, File);

    /// <summary>Reports keys nobody read: almost always a typo ("openning_hours") that would otherwise be silently ignored.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in _node.Children.Keys.OfType<YamlScalarNode>())
            if (key.Value is { } k && !_read.Contains(k)) Error(KeyPath(k), "unknown key");
    }

    private IReadOnlyList<YamlNode> Sequence(string key, bool required)
    {
        switch (Find(key))
        {
            case YamlSequenceNode seq:
                if (required && seq.Children.Count == 0) Error(KeyPath(key), "must list at least one entry");
                return seq.Children.ToArray();
            case null when required:
                Error(KeyPath(key), "is required");
                return [];
            case null:
                return [];
            default:
                Error(KeyPath(key), "must be a list");
                return [];
        }
    }
}
