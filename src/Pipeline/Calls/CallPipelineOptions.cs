using MediaCore.Inference.Abstractions;
using MediaCore.Media.Frames;
using MediaCore.Pipeline.BargeIn;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.Calls;

/// <summary>Per-call settings of a <see cref="CallPipeline"/>.</summary>
public sealed record CallPipelineOptions
{
    /// <summary>The rate of the call's frames (the media plane resamples to/from the codec). VAD and STT run at 16 kHz.</summary>
    public int SampleRate { get; init; } = SampleRates.Wideband;

    /// <summary>Spoken when the call is answered (empty: the bot waits for the caller).</summary>
    public string Greeting { get; init; } = string.Empty;

    /// <summary>Appended to the greeting (e.g. "This call may be recorded.").</summary>
    public string ConsentNotice { get; init; } = string.Empty;

    public string SystemPrompt { get; init; } = "You are a helpful phone agent. Answer briefly.";

    public IReadOnlyList<ToolDefinition> Tools { get; init; } = [];

    public IToolExecutor? ToolExecutor { get; init; }

    public SpeechRecognitionOptions Recognition { get; init; } = new();

    /// <summary>Language of <see cref="MediaCore.Inference.Text.SpeechNormalizer"/> for bot text.</summary>
    public string NormalizerLanguage { get; init; } = "en";

    public TurnDetectorOptions TurnDetection { get; init; } = new();

    public EndOfTurnOptions EndOfTurn { get; init; } = new();

    public BargeInOptions BargeIn { get; init; } = new();

    public SilenceEscalationOptions Silence { get; init; } = new();

    /// <summary>How often the STT worker is asked for a partial transcript while the caller speaks.</summary>
    public int PartialIntervalMs { get; init; } = 300;

    /// <summary>
    /// The partial interval while the caller talks over the bot: the barge-in decision waits on partial words, so they
    /// come twice as often then (a PocketSphinx partial decodes only the audio new since the last one; a worker that
    /// falls behind skips partials rather than queueing them).
    /// </summary>
    public int OverlapPartialIntervalMs { get; init; } = 150;

    /// <summary>
    /// Audio before the VAD onset that is still given to STT. Silero fires late on some onsets: after an earlier
    /// utterance and a pause, flite's "thank you goodbye" crossed 0.5 only 300 ms into its first vowel, so 200 ms
    /// clipped "tha-" and the words were lost (issue #10); 500 ms covers that with a margin.
    /// </summary>
    public int PreRollMs { get; init; } = 500;

    /// <summary>Longest utterance kept for STT.</summary>
    public int UtteranceBufferSeconds { get; init; } = 30;

    /// <summary>Bot audio the playout ring holds ahead of the tick.</summary>
    public int PlayoutBufferSeconds { get; init; } = 30;
}
