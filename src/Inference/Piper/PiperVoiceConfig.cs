using System.Text.Json;

namespace MediaCore.Inference.Piper;

/// <summary>
/// The parts of a Piper voice's <c>.onnx.json</c> the runner needs: output rate, the espeak-ng voice that phonemizes
/// for it, the default VITS scales, the phoneme type and the phoneme → id map (each phoneme is one Unicode code point
/// mapping to one or more ids).
/// </summary>
public sealed record PiperVoiceConfig(
    int SampleRate,
    string EspeakVoice,
    float NoiseScale,
    float LengthScale,
    float NoiseW,
    string PhonemeType,
    int SpeakerCount,
    IReadOnlyDictionary<int, long[]> PhonemeIdMap)
{
    public static PiperVoiceConfig Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Piper voice config '{path}' does not exist.", path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"Piper voice config '{path}' is invalid: {e.Message}", e);
        }
    }

    /// <summary>Parses the JSON; missing inference values take Piper's defaults (0.667, 1, 0.8).</summary>
    public static PiperVoiceConfig Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var sampleRate = root.GetProperty("audio").GetProperty("sample_rate").GetInt32();
        var voice = root.TryGetProperty("espeak", out var espeak) && espeak.TryGetProperty("voice", out var v) ? v.GetString() ?? "" : "";
        var inference = root.TryGetProperty("inference", out var inf) ? inf : default;
        return new PiperVoiceConfig(
            sampleRate,
            voice,
            Number(inference, "noise_scale", 0.667f),
            Number(inference, "length_scale", 1f),
            Number(inference, "noise_w", 0.8f),
            root.TryGetProperty("phoneme_type", out var type) ? type.GetString() ?? "espeak" : "espeak",
            root.TryGetProperty("num_speakers", out var speakers) ? speakers.GetInt32() : 1,
            ReadIdMap(root.GetProperty("phoneme_id_map")));
    }

    private static float Number(JsonElement parent, string name, float fallback) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value.GetSingle() : fallback;

    private static Dictionary<int, long[]> ReadIdMap(JsonElement map)
    {
        var result = new Dictionary<int, long[]>();
        foreach (var entry in map.EnumerateObject())
        {
            // Piper keys are single code points ("ɑ", "ˈ", " "); anything else could never be looked up.
            var runes = entry.Name.EnumerateRunes().ToArray();
            if (runes.Length != 1)
                throw new InvalidDataException($"phoneme_id_map key '{entry.Name}' is not a single code point");
            result[runes[0].Value] = entry.Value.EnumerateArray().Select(id => id.GetInt64()).ToArray();
        }
        return result;
    }
}
