using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaCore.Models;

/// <summary>
/// The list of models MediaCore knows (models/manifest.json). The embedded copy is what a deployed binary uses;
/// tests and tools can load any other manifest with the same schema.
/// </summary>
public sealed class ModelManifest
{
    private const string ResourceName = "MediaCore.Models.manifest.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static readonly Lazy<ModelManifest> EmbeddedManifest = new(LoadEmbeddedCore);

    private readonly Dictionary<string, ModelEntry> _byName;

    public ModelManifest(IEnumerable<ModelEntry> entries)
    {
        Entries = entries.ToArray();
        _byName = new Dictionary<string, ModelEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            ManifestValidation.Check(entry);
            if (!_byName.TryAdd(entry.Name, entry))
                throw new InvalidDataException($"model manifest lists '{entry.Name}' twice");
        }
        foreach (var entry in Entries)
            foreach (var companion in entry.Companions)
                if (!_byName.ContainsKey(companion))
                    throw new InvalidDataException($"model '{entry.Name}' names companion '{companion}', which the manifest does not list");
    }

    public IReadOnlyList<ModelEntry> Entries { get; }

    /// <summary>The manifest compiled into this assembly.</summary>
    public static ModelManifest Embedded => EmbeddedManifest.Value;

    public static ModelManifest Load(Stream json)
    {
        var document = JsonSerializer.Deserialize<ManifestDocument>(json, JsonOptions)
            ?? throw new InvalidDataException("model manifest is empty");
        return new ModelManifest(document.Models ?? []);
    }

    public static ModelManifest LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public bool TryFind(string name, out ModelEntry entry) => _byName.TryGetValue(name, out entry!);

    /// <summary>The entry with this name, or an ArgumentException that lists the known names.</summary>
    public ModelEntry Find(string name) => TryFind(name, out var entry)
        ? entry
        : throw new ArgumentException($"unknown model '{name}'; known models: {string.Join(", ", Entries.Select(e => e.Name))}");

    /// <summary>The named entries plus their companions (a voice brings its config), in manifest order, each once.</summary>
    public IReadOnlyList<ModelEntry> Select(IEnumerable<string> names)
    {
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>(names);
        while (pending.TryDequeue(out var name))
        {
            var entry = Find(name);
            if (wanted.Add(entry.Name))
                foreach (var companion in entry.Companions) pending.Enqueue(companion);
        }
        return Entries.Where(e => wanted.Contains(e.Name)).ToArray();
    }

    private static ModelManifest LoadEmbeddedCore()
    {
        using var stream = typeof(ModelManifest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from {typeof(ModelManifest).Assembly.GetName().Name}");
        return Load(stream);
    }

    private sealed record ManifestDocument(int Schema, string? Description, List<ModelEntry>? Models);
}
