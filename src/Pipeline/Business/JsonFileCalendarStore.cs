using System.Text.Json;

namespace MediaCore.Pipeline.Business;

/// <summary>A calendar kept in one JSON file, rewritten atomically (temp file + rename) after every change.</summary>
public sealed class JsonFileCalendarStore : InMemoryCalendarStore
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };
    private readonly string _path;

    public JsonFileCalendarStore(string path)
    {
        _path = Path.GetFullPath(path);
        if (File.Exists(_path))
            Load(JsonSerializer.Deserialize<List<Appointment>>(File.ReadAllText(_path), Options) ?? []);
    }

    protected override void Changed(IReadOnlyList<Appointment> all)
    {
        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(all, Options));
        File.Move(temp, _path, overwrite: true);
    }
}
