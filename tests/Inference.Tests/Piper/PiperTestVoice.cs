namespace MediaCore.Inference.Tests.Piper;

/// <summary>A sample voice config in Piper's .onnx.json layout (ids chosen for the tests; "ɛ" maps to two ids on purpose).</summary>
internal static class PiperTestVoice
{
    public const string Json = """
        {
          "audio": { "sample_rate": 22050, "quality": "low" },
          "espeak": { "voice": "en-us" },
          "inference": { "noise_scale": 0.667, "length_scale": 1.0, "noise_w": 0.8 },
          "phoneme_type": "espeak",
          "num_speakers": 1,
          "phoneme_id_map": {
            "_": [0], "^": [1], "$": [2], " ": [3], ",": [8], ".": [10],
            "d": [17], "h": [20], "l": [24], "w": [35],
            "ɛ": [61, 62], "ɜ": [62], "ʊ": [100], "o": [27], "ˈ": [120], "ː": [122]
          }
        }
        """;

    /// <summary>Writes the tiny model and its config side by side, as Piper voices are installed.</summary>
    public static string Install(string folder)
    {
        var model = Path.Combine(folder, "en_US-tiny-test.onnx");
        File.WriteAllBytes(model, TinyPiperModel.Build());
        File.WriteAllText(model + ".json", Json);
        return model;
    }
}
