using MediaCore.Inference.Onnx;
using MediaCore.Inference.Whisper;

namespace MediaCore.Inference.Engines;

/// <summary>
/// Walks a slot's candidates in fallback order: the first whose check passes is chosen; a creation failure moves on
/// to the next candidate. The reason of the choice lists every problem met on the way
/// ("whisper weights ggml-base.en.bin not found in …; using PocketSphinx").
/// </summary>
internal static class EngineSelection
{
    public static (EngineChoice Choice, int Index) Choose<T>(
        EngineKind kind, string requested, string? language, IReadOnlyList<EngineCandidate<T>> candidates, bool allowFallback)
    {
        var problems = new List<string>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (problem, detail) = candidates[i].Check();
            if (problem is null)
                return (Decide(kind, requested, language, candidates[i], detail, problems), i);
            problems.Add(problem);
            if (!allowFallback)
                break;
        }
        throw Unavailable(kind, language, problems, allowFallback);
    }

    /// <summary>Chooses and builds; an engine that passes its check but fails to load falls back like a missing one.</summary>
    public static T Create<T>(
        EngineKind kind, string requested, string? language, IReadOnlyList<EngineCandidate<T>> candidates, bool allowFallback,
        out EngineChoice choice)
    {
        var problems = new List<string>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (problem, detail) = candidates[i].Check();
            if (problem is null)
            {
                try
                {
                    var engine = candidates[i].Create();
                    choice = Decide(kind, requested, language, candidates[i], detail, problems);
                    return engine;
                }
                catch (Exception e) when (IsLoadFailure(e))
                {
                    problem = $"{candidates[i].Label} failed to load ({e.Message})";
                }
            }
            problems.Add(problem);
            if (!allowFallback)
                break;
        }
        throw Unavailable(kind, language, problems, allowFallback);
    }

    private static EngineChoice Decide<T>(
        EngineKind kind, string requested, string? language, EngineCandidate<T> chosen, string detail, List<string> problems)
    {
        var reason = problems.Count == 0 ? detail : $"{string.Join("; ", problems)}; using {chosen.Label} ({detail})";
        return new EngineChoice(kind, chosen.Name, requested, reason, language);
    }

    private static EngineUnavailableException Unavailable(EngineKind kind, string? language, List<string> problems, bool allowFallback)
    {
        var slot = kind switch
        {
            EngineKind.SpeechToText => "speech-to-text engine",
            EngineKind.TextToSpeech => $"text-to-speech voice for '{language}'",
            _ => "voice activity detector",
        };
        var tail = allowFallback ? "" : " (fallback is off)";
        return new EngineUnavailableException(kind, $"no usable {slot}{tail}: {string.Join("; ", problems)}");
    }

    private static bool IsLoadFailure(Exception e) => e is DllNotFoundException or EntryPointNotFoundException
        or BadImageFormatException or IOException or InvalidDataException or InvalidOperationException
        or WhisperModelException or OnnxRuntimeException or ArgumentException or UnauthorizedAccessException;
}
