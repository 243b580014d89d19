namespace MediaCore.Inference.Abstractions;

/// <summary>
/// A speech synthesiser (Piper, flite, espeak-ng). Output streams as chunks of at most 20 ms so the caller
/// can start playing at once and stop between any two chunks; cancellation is honoured between chunks.
/// </summary>
public interface ITextToSpeech : IDisposable
{
    /// <summary>Voice name for logs and `mediacore check` ("flite:slt", "espeak-ng:hi", "piper:en_US-amy-low").</summary>
    string VoiceName { get; }

    /// <summary>The PCM rate of every chunk this voice produces.</summary>
    int SampleRate { get; }

    /// <summary>Synthesises <paramref name="text"/> (already normalised for speech) as a stream of ≤ 20 ms chunks.</summary>
    IAsyncEnumerable<SpeechChunk> SynthesizeAsync(string text, CancellationToken cancellationToken = default);
}
