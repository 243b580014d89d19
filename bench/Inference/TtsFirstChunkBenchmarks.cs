using BenchmarkDotNet.Attributes;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Tts;

namespace MediaCore.Bench.Inference;

/// <summary>
/// Time to first audio (the first ≤ 20 ms chunk) and time for a whole sentence, for flite (slt, kal) and
/// espeak-ng (en-us), on a 10-word sentence. Run: --filter '*TtsFirstChunk*'.
/// </summary>
[MemoryDiagnoser]
public class TtsFirstChunkBenchmarks
{
    private const string TenWords = "how much is the butter chicken and the paneer momos";

    private FliteVoice _slt = null!;
    private FliteVoice _kal = null!;
    private EspeakVoice _espeak = null!;

    [GlobalSetup]
    public void Setup()
    {
        _slt = new FliteVoice(FliteVoiceId.Slt);
        _kal = new FliteVoice(FliteVoiceId.Kal);
        _espeak = new EspeakVoice("en-us");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _slt.Dispose();
        _kal.Dispose();
        _espeak.Dispose();
    }

    [Benchmark]
    public Task<int> FliteSlt_FirstChunk() => FirstChunkAsync(_slt);

    [Benchmark]
    public Task<int> FliteKal_FirstChunk() => FirstChunkAsync(_kal);

    [Benchmark]
    public Task<int> EspeakEnUs_FirstChunk() => FirstChunkAsync(_espeak);

    [Benchmark]
    public Task<int> FliteSlt_WholeSentence() => AllChunksAsync(_slt);

    [Benchmark]
    public Task<int> EspeakEnUs_WholeSentence() => AllChunksAsync(_espeak);

    private static async Task<int> FirstChunkAsync(ITextToSpeech voice)
    {
        await using var chunks = voice.SynthesizeAsync(TenWords).GetAsyncEnumerator();
        return await chunks.MoveNextAsync() ? chunks.Current.Samples.Length : 0;
    }

    private static async Task<int> AllChunksAsync(ITextToSpeech voice)
    {
        var samples = 0;
        await foreach (var chunk in voice.SynthesizeAsync(TenWords))
            samples += chunk.Samples.Length;
        return samples;
    }
}
