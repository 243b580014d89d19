using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Piper;
using MediaCore.Inference.Tts;
using MediaCore.Media.Native;

namespace MediaCore.Inference.Engines;

/// <summary>Text-to-speech per language: the configured voice, else flite (English) or espeak-ng (other languages).</summary>
public sealed partial class InferenceEngineFactory
{
    private const string EnglishFallbackVoice = "flite:slt";

    /// <summary>The configured voice name for <paramref name="language"/> ("en-IN" uses "en"); a flite/espeak-ng default when none.</summary>
    public string RequestedVoice(string language)
    {
        if (Options.Voices.TryGetValue(language, out var voice))
            return voice;
        var primary = PrimaryLanguage(language);
        if (Options.Voices.TryGetValue(primary, out voice))
            return voice;
        return primary == "en" ? EnglishFallbackVoice : $"{VoiceSpec.EspeakNg}:{primary}";
    }

    /// <summary>Which voice <see cref="CreateTextToSpeech"/> would use for <paramref name="language"/>, and why.</summary>
    public EngineChoice ChooseTextToSpeech(string language) =>
        EngineSelection.Choose(EngineKind.TextToSpeech, RequestedVoice(language), language, TextToSpeechCandidates(language, null), Options.AllowFallback).Choice;

    /// <summary>Builds the voice for <paramref name="language"/>; <paramref name="voice"/> overrides the configured one.</summary>
    public ITextToSpeech CreateTextToSpeech(string language, out EngineChoice choice, string? voice = null) =>
        EngineSelection.Create(EngineKind.TextToSpeech, voice ?? RequestedVoice(language), language,
            TextToSpeechCandidates(language, voice), Options.AllowFallback, out choice);

    private List<EngineCandidate<ITextToSpeech>> TextToSpeechCandidates(string language, string? voiceOverride)
    {
        var requested = VoiceSpec.Parse(voiceOverride ?? RequestedVoice(language));
        var primary = PrimaryLanguage(language);
        VoiceSpec[] fallbacks = primary == "en"
            ? [new(VoiceSpec.Flite, "slt"), new(VoiceSpec.EspeakNg, "en-us")]
            : [new(VoiceSpec.EspeakNg, primary)];
        return fallbacks.Prepend(requested).Distinct().Select(VoiceCandidate).ToList();
    }

    private EngineCandidate<ITextToSpeech> VoiceCandidate(VoiceSpec spec) => spec.Engine switch
    {
        VoiceSpec.Piper => new(spec.ToString(), spec.ToString(), () => CheckPiper(spec), () => CreatePiper(spec)),
        VoiceSpec.Flite => new(spec.ToString(), spec.ToString(), () => CheckFlite(spec), () => new FliteVoice(FliteId(spec)!.Value)),
        _ => new(spec.ToString(), spec.ToString(), () => Native(NativeLibraryCatalog.EspeakNg, $"espeak-ng voice '{spec.Voice}'"),
            () => new EspeakVoice(spec.Voice)),
    };

    private (string? Problem, string Detail) CheckPiper(VoiceSpec spec)
    {
        var (model, config) = PiperModelNames(spec);
        if (!Models.Manifest.TryFind(model, out var entry))
            return ($"Piper voice '{spec.Voice}' is not in the models manifest", string.Empty);
        if (!Models.TryResolve(model, out var path) || !Models.TryResolve(config, out _))
            return ($"Piper voice files {entry.File} (+ .json) not found in {string.Join(" or ", Models.SearchFolders)}; " +
                    $"fetch them with 'mediacore models fetch --only {model}'", string.Empty);
        var runtime = Native(NativeLibraryCatalog.OnnxRuntime, string.Empty);
        if (runtime.Problem is not null)
            return runtime;
        return Native(NativeLibraryCatalog.EspeakNg, $"Piper voice at {path}");
    }

    private ITextToSpeech CreatePiper(VoiceSpec spec)
    {
        var (model, config) = PiperModelNames(spec);
        var voice = new PiperVoice(Models.Resolve(model), NoPhonemizer, Models.Resolve(config));
        return new PiperEspeakVoice(voice);
    }

    private (string? Problem, string Detail) CheckFlite(VoiceSpec spec)
    {
        if (FliteId(spec) is not { } id)
            return ($"flite has no voice '{spec.Voice}' (known: {string.Join(", ", Enum.GetNames<FliteVoiceId>().Select(n => n.ToLowerInvariant()))})", string.Empty);
        var core = Native(NativeLibraryCatalog.Flite, string.Empty);
        if (core.Problem is not null)
            return core;
        return Native($"libflite_cmu_us_{id.ToString().ToLowerInvariant()}.so.1", $"flite voice {spec.Voice} (in-process)");
    }

    private static FliteVoiceId? FliteId(VoiceSpec spec) =>
        Enum.TryParse<FliteVoiceId>(spec.Voice, ignoreCase: true, out var id) && !int.TryParse(spec.Voice, out _) ? id : null;

    private static (string Model, string Config) PiperModelNames(VoiceSpec spec) => ($"piper-{spec.Voice}", $"piper-{spec.Voice}-config");

    private static string PrimaryLanguage(string language) => language.Split('-', '_')[0].ToLowerInvariant();

    // PiperEspeakVoice phonemizes asynchronously itself and calls SynthesizeSentence; the voice's own hook is unused.
    private static IReadOnlyList<string> NoPhonemizer(string text) =>
        throw new InvalidOperationException("PiperEspeakVoice phonemizes before synthesis");
}
