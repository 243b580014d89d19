using System.CommandLine;
using MediaCore.Inference.Engines;

namespace MediaCore.Server.Commands;

/// <summary>The --config option shared by transcribe, speak and check: a JSON file of <see cref="InferenceOptions"/>.</summary>
internal static class InferenceCommandOptions
{
    public const int Failed = 1;

    public static Option<string> ConfigOption() => new("--config")
    {
        Description = "Inference engine configuration (JSON: stt, whisperModel, voices, vad, modelsDir). Default: built-in defaults.",
    };

    /// <summary>The options in <paramref name="path"/> (defaults when null); false after writing one error line.</summary>
    public static bool TryLoad(string? path, TextWriter error, out InferenceOptions options)
    {
        options = new InferenceOptions();
        if (path is null)
            return true;
        try
        {
            options = InferenceOptionsFile.Load(path);
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return false;
        }
    }
}
