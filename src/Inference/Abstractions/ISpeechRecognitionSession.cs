namespace MediaCore.Inference.Abstractions;

/// <summary>
/// One caller's recogniser. Audio is 16 kHz mono PCM16, appended as it arrives; the session produces
/// partial hypotheses while the caller speaks and a final transcript at end of turn, then starts afresh.
/// Not thread-safe: one STT worker drives one session at a time.
/// </summary>
public interface ISpeechRecognitionSession : IDisposable
{
    /// <summary>Appends utterance audio (16 kHz mono). Over-long utterances are capped, never fatal.</summary>
    void AcceptAudio(ReadOnlySpan<short> pcm16k);

    /// <summary>The current partial hypothesis of the utterance so far (may decode).</summary>
    Transcript Partial(CancellationToken cancellationToken = default);

    /// <summary>Finishes the utterance: returns the final transcript and clears the audio for the next one.</summary>
    Transcript Finish(CancellationToken cancellationToken = default);

    /// <summary>Drops the utterance without decoding (e.g. a false start).</summary>
    void Reset();
}
