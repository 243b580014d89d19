using MediaCore.Inference.Onnx;

namespace MediaCore.Inference.Vad;

/// <summary>
/// The Silero VAD v5 network, loaded once per process and shared: every call gets its own
/// <see cref="SileroVoiceActivityDetector"/> (own tensors and recurrent state) over this one session.
/// </summary>
public sealed class SileroVadModel : IDisposable
{
    internal const string InputName = "input";
    internal const string StateName = "state";
    internal const string SampleRateName = "sr";
    internal const string OutputName = "output";
    internal const string StateOutputName = "stateN";

    private SileroVadModel(InferenceSession session) => Session = session;

    internal InferenceSession Session { get; }

    /// <summary>Loads the model from <paramref name="path"/>, or from the usual places when null.</summary>
    public static SileroVadModel Load(string? path = null)
    {
        var modelPath = SileroModelLocator.Locate(path);
        using var options = new SessionOptions { IntraOpThreads = 1, InterOpThreads = 1 };
        var session = InferenceSession.FromFile(modelPath, options);
        RequireSignature(session);
        return new SileroVadModel(session);
    }

    /// <summary>A detector for one call at 8000 or 16000 Hz.</summary>
    public SileroVoiceActivityDetector CreateDetector(int sampleRate) => new(this, sampleRate);

    public void Dispose() => Session.Dispose();

    // A different ONNX file in the configured place fails here with a clear message instead of deep inside Run.
    private static void RequireSignature(InferenceSession session)
    {
        string[] inputs = [InputName, StateName, SampleRateName];
        string[] outputs = [OutputName, StateOutputName];
        var missing = inputs.Where(n => session.Inputs.All(i => i.Name != n))
            .Concat(outputs.Where(n => session.Outputs.All(o => o.Name != n))).ToList();
        if (missing.Count > 0)
        {
            session.Dispose();
            throw new InvalidDataException(
                $"'{session.Source}' is not a Silero VAD v5 model: it lacks {string.Join(", ", missing)}.");
        }
    }
}
