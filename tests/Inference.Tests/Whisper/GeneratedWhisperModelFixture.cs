using MediaCore.Inference.Whisper;
using MediaCore.Inference.Whisper.ModelFile;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>
/// Writes one TestTiny model (random weights, the tiny.en fixture's real vocabulary) to a temp folder and loads it
/// once for every test in the "whisper model" collection.
/// </summary>
public sealed class GeneratedWhisperModelFixture : IDisposable
{
    public GeneratedWhisperModelFixture()
    {
        Folder = Directory.CreateTempSubdirectory("mediacore-whisper-").FullName;
        ModelPath = Path.Combine(Folder, "test-tiny.bin");
        GgmlWhisperModelWriter.Write(ModelPath, GgmlWhisperHyperParameters.TestTiny,
            new GgmlWhisperModelWriterOptions { Seed = 7, VocabularySource = WhisperTestPaths.EnglishFixture });
        Model = WhisperModel.Load(ModelPath);
    }

    public string Folder { get; }

    public string ModelPath { get; }

    public WhisperModel Model { get; }

    /// <summary>Fast decoding settings: 2 threads, 24 tokens.</summary>
    public static WhisperSettings FastSettings { get; } = new() { Threads = 2, MaxTokens = 24 };

    public void Dispose()
    {
        Model.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedWhisperModelCollection : ICollectionFixture<GeneratedWhisperModelFixture>
{
    public const string Name = "whisper model";
}
