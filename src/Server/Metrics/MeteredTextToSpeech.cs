using System.Diagnostics;
using System.Runtime.CompilerServices;
using MediaCore.Inference.Abstractions;

namespace MediaCore.Server.Metrics;

/// <summary>
/// A voice that measures itself: each synthesis (one sentence) observes the time spent inside the engine's
/// enumerator / the audio it produced into the TTS real-time-factor histogram (label: the voice name). The time the
/// consumer spends between chunks (the TTS worker waiting for playout room) is not counted. Cancelled or empty
/// syntheses are not observed. Shares, never disposes, the inner voice.
/// </summary>
public sealed class MeteredTextToSpeech(ITextToSpeech inner, Histogram realTimeFactor) : ITextToSpeech
{
    private readonly Histogram.Child _observations = realTimeFactor.Labels(inner.VoiceName);

    public string VoiceName => inner.VoiceName;

    public int SampleRate => inner.SampleRate;

    public async IAsyncEnumerable<SpeechChunk> SynthesizeAsync(string text, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long busy = 0;
        long samples = 0;
        var chunks = inner.SynthesizeAsync(text, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                long started = Stopwatch.GetTimestamp();
                bool more = await chunks.MoveNextAsync().ConfigureAwait(false);
                busy += Stopwatch.GetTimestamp() - started;
                if (!more)
                    break;
                samples += chunks.Current.Samples.Length;
                yield return chunks.Current;
            }
        }
        finally
        {
            await chunks.DisposeAsync().ConfigureAwait(false);
        }
        if (samples > 0)
            _observations.Observe(busy / (double)Stopwatch.Frequency / (samples / (double)inner.SampleRate));
    }

    public void Dispose()
    {
        // The inner voice belongs to whoever created it.
    }
}
