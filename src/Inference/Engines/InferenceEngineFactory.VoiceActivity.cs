using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Vad;
using MediaCore.Media.Native;

namespace MediaCore.Inference.Engines;

/// <summary>Voice activity detection: Silero on ONNX Runtime, else the energy detector (which needs nothing).</summary>
public sealed partial class InferenceEngineFactory
{
    /// <summary>Manifest name of the Silero model.</summary>
    public const string SileroModelName = "silero-vad-v5";

    public const string SileroEngine = "silero";
    public const string EnergyEngine = "energy";

    public string RequestedVoiceActivityDetector => Options.Vad == VadEngine.Silero ? SileroEngine : EnergyEngine;

    /// <summary>Which detector <see cref="CreateVoiceActivityDetector"/> would use, and why.</summary>
    public EngineChoice ChooseVoiceActivityDetector() =>
        EngineSelection.Choose(EngineKind.VoiceActivityDetection, RequestedVoiceActivityDetector, null, VadCandidates(8000), Options.AllowFallback).Choice;

    /// <summary>A detector for one call at <paramref name="sampleRate"/> (8000 or 16000). The Silero model is loaded once per factory.</summary>
    public IVoiceActivityDetector CreateVoiceActivityDetector(int sampleRate, out EngineChoice choice) =>
        EngineSelection.Create(EngineKind.VoiceActivityDetection, RequestedVoiceActivityDetector, null, VadCandidates(sampleRate),
            Options.AllowFallback, out choice);

    private List<EngineCandidate<IVoiceActivityDetector>> VadCandidates(int sampleRate)
    {
        var energy = new EngineCandidate<IVoiceActivityDetector>(EnergyEngine, "energy VAD",
            () => (null, Options.Vad == VadEngine.Energy ? "configured; no model needed" : "no model needed"),
            () => new EnergyVoiceActivityDetector(sampleRate));
        if (Options.Vad == VadEngine.Energy)
            return [energy];
        var silero = new EngineCandidate<IVoiceActivityDetector>(SileroEngine, "Silero VAD", CheckSilero,
            () => SileroModel().CreateDetector(sampleRate));
        return [silero, energy];
    }

    private (string? Problem, string Detail) CheckSilero()
    {
        var runtime = Native(NativeLibraryCatalog.OnnxRuntime, string.Empty);
        if (runtime.Problem is not null)
            return runtime;
        if (!Models.Manifest.TryFind(SileroModelName, out var entry))
            return ($"model '{SileroModelName}' is not in the models manifest", string.Empty);
        return Models.TryResolve(SileroModelName, out var path)
            ? (null, $"Silero model {entry.File} found at {path}")
            : ($"Silero model {entry.File} not found in {string.Join(" or ", Models.SearchFolders)}; " +
               $"fetch it with 'mediacore models fetch --only {SileroModelName}'", string.Empty);
    }

    private SileroVadModel SileroModel()
    {
        lock (_sileroLock)
            return _silero ??= SileroVadModel.Load(Models.Resolve(SileroModelName));
    }
}
