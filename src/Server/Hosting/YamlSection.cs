using YamlDotNet.RepresentationModel;

namespace MediaCore.Server.Hosting;

/// <summary>
/// One YAML mapping of a config file, read key by key: every read records the key, <see cref="RejectUnknownKeys"/>
/// then names any key nobody asked for (a typo must not be silently ignored), and every error carries the key path.
/// </summary>
internal sealed class YamlSection
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlSection(string file, string path, YamlMappingNode node)
    {
        File = file;
        Path = path;
        _node = node;
    }

    public string File { get; }
    public string Path { get; }

    public string KeyPath(string key) => Path.Length == 0 ? key : Path + "." + key;

    public ConfigException Error(string key, string reason) => new(File, KeyPath(key), reason);

    public YamlNode? Get(string key)
    {
        _read.Add(key);
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
                return v is YamlScalarNode { Value: null or "" or "~" or "null" } ? null : v;
        }
        return null;
    }

    public string? GetString(string key) => Get(key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        _ => throw Error(key, "expected a single value"),
    };

    public YamlSection? GetSection(string key) => Get(key) switch
    {
        null => null,
        YamlMappingNode mapping => new YamlSection(File, KeyPath(key), mapping),
        _ => throw Error(key, "expected a mapping (key: value lines)"),
    };

    public IReadOnlyList<YamlNode> GetList(string key) => Get(key) switch
    {
        null => [],
        YamlSequenceNode sequence => sequence.Children.ToList(),
        _ => throw Error(key, "expected a list"),
    };

    public IEnumerable<(string Key, string? Value)> Pairs()
    {
        foreach (var (k, v) in _node.Children)
        {
            string name = ((YamlScalarNode)k).Value ?? "";
            _read.Add(name);
            yield return (name, v is YamlScalarNode s ? s.Value : throw Error(name, "expected a single value"));
        }
    }

    public void RejectUnknownKeys()
    {
        foreach (var (k, _) in _node.Children)
        {
            string name = (k as YamlScalarNode)?.Value ?? k.ToString();
            if (!_read.Contains(name))
                throw Error(name, "unknown key");
        }
    }
}
