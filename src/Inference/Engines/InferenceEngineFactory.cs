using MediaCore.Inference.Vad;
using MediaCore.Models;

namespace MediaCore.Inference.Engines;

/// <summary>
/// Builds the engines <see cref="InferenceOptions"/> asks for, with automatic fallback:
/// Whisper → PocketSphinx when the weights are absent or whisper.cpp does not load;
/// Piper → flite (English) or espeak-ng (other languages) when the voice files or ONNX Runtime are absent;
/// Silero → energy VAD when ONNX Runtime or the model is absent.
/// Every decision comes back as an <see cref="EngineChoice"/> with its reason. The Choose* methods only look
/// (files, libraries) and load nothing heavy, for `mediacore check`; the Create* methods build the engines.
/// Models are found through <see cref="ModelResolver"/> (configured folder, models/cache, ../shared/models).
/// </summary>
public sealed partial class InferenceEngineFactory : IDisposable
{
    private readonly Func<string, string?> _nativeProblem;
    private readonly Lock _sileroLock = new();
    private SileroVadModel? _silero;

    /// <param name="options">What to use; default: auto STT, Piper voices, Silero.</param>
    /// <param name="models">Where model files are found; default: a resolver over <see cref="InferenceOptions.ModelsDir"/>.</param>
    /// <param name="nativeLibraryProblem">Logical library name → why it cannot load, or null; default: <see cref="NativeLibraryProbe.Problem"/>.</param>
    public InferenceEngineFactory(InferenceOptions? options = null, ModelResolver? models = null, Func<string, string?>? nativeLibraryProblem = null)
    {
        Options = options ?? new InferenceOptions();
        Models = models ?? new ModelResolver(configuredDir: Options.ModelsDir);
        _nativeProblem = nativeLibraryProblem ?? NativeLibraryProbe.Problem;
    }

    public InferenceOptions Options { get; }

    public ModelResolver Models { get; }

    /// <summary>The languages with a configured voice.</summary>
    public IReadOnlyList<string> Languages => Options.Voices.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every decision, without building engines: STT, TTS per configured language, VAD.</summary>
    public IReadOnlyList<EngineChoice> Plan()
    {
        var choices = new List<EngineChoice>();
        choices.Add(TryChoose(EngineKind.SpeechToText, RequestedSpeechToText, null, ChooseSpeechToText));
        foreach (var language in Languages)
            choices.Add(TryChoose(EngineKind.TextToSpeech, RequestedVoice(language), language, () => ChooseTextToSpeech(language)));
        choices.Add(TryChoose(EngineKind.VoiceActivityDetection, RequestedVoiceActivityDetector, null, ChooseVoiceActivityDetector));
        return choices;
    }

    public void Dispose()
    {
        lock (_sileroLock)
        {
            _silero?.Dispose();
            _silero = null;
        }
    }

    /// <summary>An unavailable slot becomes a choice of "none" so check can print every slot.</summary>
    private static EngineChoice TryChoose(EngineKind kind, string requested, string? language, Func<EngineChoice> choose)
    {
        try
        {
            return choose();
        }
        catch (EngineUnavailableException e)
        {
            return new EngineChoice(kind, UnavailableEngine, requested, e.Message, language);
        }
    }

    /// <summary>The <see cref="EngineChoice.Chosen"/> of a slot with no usable engine.</summary>
    public const string UnavailableEngine = "none";

    private (string? Problem, string Detail) Native(string logicalName, string detail) =>
        _nativeProblem(logicalName) is { } problem ? (problem, detail) : (null, detail);
}
