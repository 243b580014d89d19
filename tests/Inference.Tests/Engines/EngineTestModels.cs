using MediaCore.Inference.Engines;
using MediaCore.Inference.Tests.Whisper;
using MediaCore.Inference.Whisper.ModelFile;
using MediaCore.Models;

namespace MediaCore.Inference.Tests.Engines;

/// <summary>
/// An isolated models layout for selection tests: a fake repo root (so models/cache and ../shared/models are empty
/// folders of our own) plus a configured models folder the test fills.
/// </summary>
internal sealed class EngineTestModels : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mediacore-engines-").FullName;

    public EngineTestModels()
    {
        ModelsDir = Directory.CreateDirectory(Path.Combine(_root, "configured")).FullName;
        var repo = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        Resolver = new ModelResolver(configuredDir: ModelsDir, repoRoot: repo);
    }

    public string ModelsDir { get; }

    public ModelResolver Resolver { get; }

    public InferenceEngineFactory Factory(InferenceOptions? options = null, Func<string, string?>? nativeProblem = null) =>
        new(options ?? new InferenceOptions(), Resolver, nativeProblem);

    /// <summary>A generated TestTiny whisper model (random weights, real tiny.en vocabulary) under the manifest's file name.</summary>
    public string WriteWhisperModel(string manifestName = "whisper-base.en")
    {
        var path = Path.Combine(ModelsDir, Resolver.Manifest.Find(manifestName).File);
        GgmlWhisperModelWriter.Write(path, GgmlWhisperHyperParameters.TestTiny,
            new GgmlWhisperModelWriterOptions { Seed = 3, VocabularySource = WhisperTestPaths.EnglishFixture });
        return path;
    }

    /// <summary>The real Silero VAD v5 model from the shared test data.</summary>
    public string CopySileroModel()
    {
        var target = Path.Combine(ModelsDir, "silero_vad_v5.onnx");
        File.Copy(Path.Combine(WhisperTestPaths.SharedDir, "models", "silero_vad_v5.onnx"), target);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
