using BenchmarkDotNet.Attributes;
using MediaCore.Inference.Piper;
using MediaCore.Inference.Tts;

namespace MediaCore.Bench.Inference;

/// <summary>
/// Piper's work around the VITS model, per sentence: espeak-ng phonemes, Piper phoneme ids, and the float → PCM16
/// conversion of one second of output. The model run itself needs a real voice (none is obtainable here).
/// Run: --filter '*PiperProcessing*'.
/// </summary>
[MemoryDiagnoser]
public class PiperProcessingBenchmarks
{
    private const string Sentence = "Chicken momos are two hundred twenty rupees.";

    private readonly EspeakPhonemizer _phonemizer = new("en-us");
    private readonly float[] _oneSecondOfAudio = new float[22_050];
    private string _phonemes = string.Empty;
    private Dictionary<int, long[]> _idMap = [];

    [GlobalSetup]
    public void Setup()
    {
        _phonemes = string.Join(' ', _phonemizer.PhonemizeAsync(Sentence).GetAwaiter().GetResult());
        // An id per distinct code point, with the pad/BOS/EOS symbols Piper's maps always hold.
        var symbols = _phonemes.EnumerateRunes().Select(r => r.Value)
            .Concat([PiperPhonemeIds.Pad, PiperPhonemeIds.Bos, PiperPhonemeIds.Eos]).Distinct();
        _idMap = symbols.Select((symbol, index) => (symbol, index)).ToDictionary(p => p.symbol, p => new[] { (long)p.index });
        var random = new Random(7);
        for (var i = 0; i < _oneSecondOfAudio.Length; i++)
            _oneSecondOfAudio[i] = (float)(random.NextDouble() * 1.6 - 0.8);
    }

    [Benchmark]
    public int PhonemizeSentence() => _phonemizer.PhonemizeAsync(Sentence).GetAwaiter().GetResult().Count;

    [Benchmark]
    public int PhonemeIdsForSentence() => PiperPhonemeIds.FromPhonemes(_phonemes, _idMap, out _).Length;

    [Benchmark]
    public int OneSecondToPcm16() => PiperAudio.ToPcm16(_oneSecondOfAudio).Length;
}
