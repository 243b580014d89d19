using BenchmarkDotNet.Attributes;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Whisper;
using MediaCore.Inference.Whisper.ModelFile;

namespace MediaCore.Bench.Inference;

/// <summary>
/// End-of-turn whisper latency (Finish on a buffered utterance) with generated random-weight models of the real tiny
/// and base dimensions: the compute cost of the real models without downloading weights. Tokens are capped at 24
/// (random weights never stop on their own). Slow: run a subset, e.g.
/// <c>--filter '*WhisperLatency*' --job short</c> with the params narrowed by <c>--anyCategories</c> or edits.
/// </summary>
[MemoryDiagnoser]
public class WhisperLatencyBenchmarks
{
    private string _folder = string.Empty;
    private WhisperSpeechToText? _stt;
    private WhisperRecognitionSession? _session;
    private short[] _utterance = [];

    /// <summary>Set to 1 to run only tiny, 2 threads, 2 s (both audio_ctx choices): the quick CI subset.</summary>
    public const string SubsetEnvironmentVariable = "MEDIACORE_WHISPER_BENCH_SUBSET";

    private static bool Subset => Environment.GetEnvironmentVariable(SubsetEnvironmentVariable) == "1";

    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "tiny";

    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    [ParamsSource(nameof(Lengths))]
    public int Seconds { get; set; }

    [Params(true, false)]
    public bool ShortAudioContext { get; set; }

    public static IEnumerable<string> Models => Subset ? ["tiny"] : ["tiny", "base"];

    public static IEnumerable<int> ThreadCounts => Subset ? [2] : [1, 2];

    public static IEnumerable<int> Lengths => Subset ? [2] : [2, 5];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("mediacore-whisper-bench-").FullName;
        var path = Path.Combine(_folder, $"{Model}.bin");
        var dimensions = Model == "base" ? GgmlWhisperHyperParameters.RealBase : GgmlWhisperHyperParameters.RealTiny;
        GgmlWhisperModelWriter.Write(path, dimensions);
        var settings = new WhisperSettings { Threads = Threads, MaxTokens = 24, ShortenAudioContext = ShortAudioContext };
        _stt = WhisperSpeechToText.Open(path, settings);
        _session = _stt.StartWhisperSession(new SpeechRecognitionOptions { Language = "en" });
        _utterance = WhisperBenchAudio.Speech(Seconds);
    }

    [Benchmark]
    public int FinishUtterance()
    {
        _session!.AcceptAudio(_utterance);
        return _session.Finish().Text.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _session?.Dispose();
        _stt?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
