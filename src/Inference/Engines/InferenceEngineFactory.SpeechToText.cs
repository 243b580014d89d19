using MediaCore.Inference.Abstractions;
using MediaCore.Inference.PocketSphinx;
using MediaCore.Inference.Whisper;
using MediaCore.Media.Native;
using MediaCore.Models;

namespace MediaCore.Inference.Engines;

/// <summary>Speech-to-text: whisper.cpp when its weights and library are there, else PocketSphinx.</summary>
public sealed partial class InferenceEngineFactory
{
    /// <summary>The requested STT engine as configured ("auto", "whisper", "pocketsphinx").</summary>
    public string RequestedSpeechToText => Options.Stt.ToString().ToLowerInvariant();

    /// <summary>Which STT engine <see cref="CreateSpeechToText"/> would use, and why; throws <see cref="EngineUnavailableException"/> when none.</summary>
    public EngineChoice ChooseSpeechToText() =>
        EngineSelection.Choose(EngineKind.SpeechToText, RequestedSpeechToText, null, SpeechToTextCandidates(), Options.AllowFallback).Choice;

    /// <summary>Builds the STT engine (falls back when whisper fails to load); the caller owns it.</summary>
    public ISpeechToText CreateSpeechToText(out EngineChoice choice) =>
        EngineSelection.Create(EngineKind.SpeechToText, RequestedSpeechToText, null, SpeechToTextCandidates(), Options.AllowFallback, out choice);

    /// <summary>Why the configured whisper weights cannot be used (null when they can), with how to fetch them.</summary>
    public string? WhisperWeightsProblem(out string path)
    {
        path = string.Empty;
        var name = Options.WhisperModel;
        if (!Models.Manifest.TryFind(name, out var entry))
            return $"whisper model '{name}' is not in the models manifest (known: {string.Join(", ", Models.Manifest.Entries.Where(e => e.Kind == ModelKind.Whisper).Select(e => e.Name))})";
        if (entry.Kind != ModelKind.Whisper)
            return $"model '{name}' is not a whisper model";
        if (Models.TryResolve(name, out path))
            return null;
        return $"whisper weights {entry.File} not found in {string.Join(" or ", Models.SearchFolders)}; " +
               $"fetch them with 'mediacore models fetch --only {entry.Name}'";
    }

    private List<EngineCandidate<ISpeechToText>> SpeechToTextCandidates()
    {
        var whisper = new EngineCandidate<ISpeechToText>(WhisperDecoder.EngineName, "whisper", CheckWhisper, CreateWhisper);
        var sphinx = new EngineCandidate<ISpeechToText>(PocketSphinxSpeechToText.Name, "PocketSphinx", CheckPocketSphinx, CreatePocketSphinx);
        return Options.Stt == SttEngine.PocketSphinx ? [sphinx] : [whisper, sphinx];
    }

    private (string? Problem, string Detail) CheckWhisper()
    {
        if (WhisperWeightsProblem(out var path) is { } problem)
            return (problem, string.Empty);
        return Native(NativeLibraryCatalog.Whisper, $"whisper weights {Path.GetFileName(path)} found at {path}");
    }

    private ISpeechToText CreateWhisper()
    {
        WhisperWeightsProblem(out var path);
        return WhisperSpeechToText.Open(path, Options.Whisper);
    }

    private (string? Problem, string Detail) CheckPocketSphinx()
    {
        var folder = Options.PocketSphinxModelFolder ?? PocketSphinxModel.DebianEnglishFolder;
        try
        {
            PocketSphinxModel.FromFolder(folder).EnsureExists();
        }
        catch (IOException e)
        {
            return ($"PocketSphinx model unusable ({e.Message}); run 'sudo apt-get install pocketsphinx-en-us'", string.Empty);
        }
        var detail = Options.Stt == SttEngine.PocketSphinx ? $"configured; English model {folder}" : $"English model {folder}";
        return Native(NativeLibraryCatalog.PocketSphinx, detail);
    }

    private ISpeechToText CreatePocketSphinx() => new PocketSphinxSpeechToText(Options.PocketSphinxModelFolder, Options.PocketSphinx);
}
