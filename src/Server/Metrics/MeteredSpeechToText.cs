using MediaCore.Inference.Abstractions;

namespace MediaCore.Server.Metrics;

/// <summary>
/// A recogniser that measures itself: every session it opens times its own work (AcceptAudio, Partial, Finish) and,
/// when an utterance is finished, observes busy time / utterance audio into the STT real-time-factor histogram
/// (label: the engine name). Time waiting between calls is not counted: only what the engine spent. Shares, never
/// disposes, the inner engine.
/// </summary>
public sealed class MeteredSpeechToText(ISpeechToText inner, Histogram realTimeFactor) : ISpeechToText
{
    private readonly Histogram.Child _observations = realTimeFactor.Labels(inner.EngineName);

    public string EngineName => inner.EngineName;

    public ISpeechRecognitionSession StartSession(SpeechRecognitionOptions options) =>
        new MeteredRecognitionSession(inner.StartSession(options), _observations);

    public void Dispose()
    {
        // The inner engine belongs to whoever created it.
    }
}
