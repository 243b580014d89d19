using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaCore.Inference.Engines;

/// <summary>
/// Reads <see cref="InferenceOptions"/> from a JSON file (property names as in the record, camelCase or PascalCase;
/// enums as strings, e.g. <c>{"stt": "pocketsphinx", "voices": {"en": "flite:slt"}, "vad": "energy"}</c>).
/// Missing properties keep their defaults. YAML and per-tenant configuration come later.
/// </summary>
public static class InferenceOptionsFile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Loads the file; <see cref="InvalidDataException"/> (naming the file and the problem) when unusable.</summary>
    public static InferenceOptions Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"inference config '{path}' does not exist", path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new InvalidDataException($"inference config '{path}' is invalid: {e.Message}", e);
        }
    }

    public static InferenceOptions Parse(string json)
    {
        var options = JsonSerializer.Deserialize<InferenceOptions>(json, JsonOptions)
            ?? throw new JsonException("the file holds no object");
        foreach (var voice in options.Voices.Values)
            VoiceSpec.Parse(voice);
        // A partial voices map overrides only the languages it names.
        var voices = new Dictionary<string, string>(InferenceOptions.DefaultVoices, StringComparer.OrdinalIgnoreCase);
        foreach (var (language, voice) in options.Voices)
            voices[language] = voice;
        return options with { Voices = voices };
    }
}
