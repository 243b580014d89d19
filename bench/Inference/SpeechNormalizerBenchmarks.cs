using BenchmarkDotNet.Attributes;
using MediaCore.Inference.Text;

namespace MediaCore.Bench.Inference;

/// <summary>Speech normalisation and sentence chunking per sentence. Run: --filter '*SpeechNormaliz*'.</summary>
[MemoryDiagnoser]
public class SpeechNormalizerBenchmarks
{
    private const string WithNumbers = "Your table for 6 is booked on 3rd March at 19:30, the set menu is Rs. 1,200 per head & call 98765 43210.";
    private const string PlainWords = "Thank you for calling, would you like to hear today's specials before you order?";
    private const string Reply = "Sure! Chicken momos are ₹220 and veg momos Rs. 180. We open at 11 a.m. tomorrow, and close at 10:30 pm. " +
                                 "Would you like to book a table?";

    private readonly SpeechNormalizer _english = new("en");
    private readonly SpeechNormalizer _hinglish = new("hi-Latn");

    [Benchmark]
    public string English_SentenceWithNumbers() => _english.Normalize(WithNumbers);

    [Benchmark]
    public string English_SentenceWithoutDigits() => _english.Normalize(PlainWords);

    [Benchmark]
    public string Hinglish_SentenceWithNumbers() => _hinglish.Normalize(WithNumbers);

    [Benchmark]
    public int Chunker_StreamedReplyInFourCharTokens()
    {
        var chunker = new SentenceChunker();
        var segments = 0;
        for (var i = 0; i < Reply.Length; i += 4)
        {
            chunker.Append(Reply.AsSpan(i, Math.Min(4, Reply.Length - i)));
            while (chunker.TryTake(out _))
                segments++;
        }
        chunker.Complete();
        while (chunker.TryTake(out _))
            segments++;
        return segments;
    }
}
