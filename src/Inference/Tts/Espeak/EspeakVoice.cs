using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Text;

namespace MediaCore.Inference.Tts;

/// <summary>
/// An espeak-ng voice ("en-us", "hi", …) as an <see cref="ITextToSpeech"/>: 22050 Hz, ≤ 20 ms chunks.
/// Audio streams while espeak synthesises (its callback hands over 20 ms buffers), sentence by sentence.
/// Thread-safety: espeak-ng is one global instance; every voice shares the engine's single worker thread, and
/// concurrent calls take turns sentence by sentence (espeak runs far faster than real time, so each waits briefly).
/// A voice name espeak does not know fails the first synthesis with <see cref="ArgumentException"/>.
/// Devanagari text works with "hi"; romanised Hindi is read with English rules.
/// </summary>
public sealed class EspeakVoice : ITextToSpeech
{
    public const int DefaultWordsPerMinute = 175;
    public const int MinWordsPerMinute = 80;
    public const int MaxWordsPerMinute = 450;

    private readonly EspeakEngine _engine;
    private readonly string _voice;
    private readonly int _wordsPerMinute;

    /// <param name="voice">espeak-ng voice or language name ("en-us", "en", "hi").</param>
    /// <param name="wordsPerMinute">Speaking rate, 80–450 (espeak's default 175).</param>
    public EspeakVoice(string voice = "en-us", int wordsPerMinute = DefaultWordsPerMinute)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        ArgumentOutOfRangeException.ThrowIfLessThan(wordsPerMinute, MinWordsPerMinute);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wordsPerMinute, MaxWordsPerMinute);
        _engine = EspeakEngine.Shared;
        _voice = voice;
        _wordsPerMinute = wordsPerMinute;
        VoiceName = "espeak-ng:" + voice;
    }

    public string VoiceName { get; }

    public int SampleRate => _engine.SampleRate;

    public IAsyncEnumerable<SpeechChunk> SynthesizeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Whole sentences only: espeak already streams inside a sentence, and cutting at commas would flatten its intonation.
        var sentences = SentenceChunker.Split(text, minClauseLength: int.MaxValue);
        return SpeechChunkStream.RunAsync(SampleRate, async (writer, token) =>
        {
            foreach (var sentence in sentences)
            {
                if (!await _engine.SynthesizeAsync(sentence, _voice, _wordsPerMinute, writer, token).ConfigureAwait(false))
                    break;
            }
        }, cancellationToken);
    }

    /// <summary>Nothing to release: the espeak-ng engine lives for the process.</summary>
    public void Dispose()
    {
    }
}
