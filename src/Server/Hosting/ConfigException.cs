namespace MediaCore.Server.Hosting;

/// <summary>A configuration file that cannot be used: which file, which key (a dotted path), and why.</summary>
public sealed class ConfigException(string file, string key, string reason)
    : Exception($"{file}: {(key.Length == 0 ? "" : key + ": ")}{reason}")
{
    public string File { get; } = file;
    public string Key { get; } = key;
    public string Reason { get; } = reason;
}
