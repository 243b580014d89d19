using System.Diagnostics;
using System.Text;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Whisper.Native;

namespace MediaCore.Inference.Whisper;

/// <summary>
/// Runs one whisper_full_with_state over a buffer and turns the state's results into a <see cref="Transcript"/>.
/// Language: an English-only model always reports "en" with probability 1; a forced language reports probability 1;
/// "auto" on a multilingual model runs whisper_lang_auto_detect_with_state first (which is what whisper_full would do
/// internally anyway — same cost) to get the probability, then decodes with the detected language.
/// </summary>
internal sealed unsafe class WhisperDecoder(WhisperModel model, WhisperStateHandle state, WhisperSettings settings, int forcedLanguageId)
{
    public const string EngineName = "whisper";
    public const int AutoLanguage = -1;

    private float[]? _languageProbabilities;

    /// <summary>Test hook forwarded to the abort signal: sees every abort poll.</summary>
    public Action<int>? AbortPollHook { get; set; }

    public Transcript Decode(ReadOnlySpan<float> audio, bool isFinal, CancellationToken cancellationToken)
    {
        if (audio.IsEmpty)
            return Transcript.Empty(EngineName, isFinal);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        using var abort = new WhisperAbortSignal(cancellationToken, AbortPollHook);
        var parameters = BuildParameters(audio.Length, abort);
        var languageProbability = ChooseLanguage(audio, ref parameters);
        cancellationToken.ThrowIfCancellationRequested();
        int result;
        fixed (float* samples = audio)
            result = WhisperNative.whisper_full_with_state(model.RawContext, RawState, parameters, samples, audio.Length);
        if (abort.Aborted || (result != 0 && cancellationToken.IsCancellationRequested))
            throw new OperationCanceledException("Whisper decode cancelled.", cancellationToken);
        if (result != 0)
            throw new InvalidOperationException($"whisper_full_with_state failed with code {result} ({WhisperLog.TakeRecentErrors()}).");
        return ReadTranscript(audio.Length, isFinal, languageProbability, clock.Elapsed);
    }

    private IntPtr RawState => state.DangerousGetHandle();

    private WhisperFullParams BuildParameters(int samples, WhisperAbortSignal abort)
    {
        var p = model.DefaultParams(settings.Strategy);
        p.NThreads = settings.Threads;
        p.Translate = settings.Translate ? (byte)1 : (byte)0;
        p.NoContext = 1;
        p.NoTimestamps = 1;
        p.SingleSegment = 1;
        p.PrintSpecial = p.PrintProgress = p.PrintRealtime = p.PrintTimestamps = 0;
        p.TokenTimestamps = 0;
        p.MaxTokens = settings.MaxTokens;
        p.AudioCtx = WhisperAudioContext.For(samples, settings, model.Dimensions.NAudioCtx);
        p.SuppressBlank = settings.SuppressBlank ? (byte)1 : (byte)0;
        p.SuppressNst = settings.SuppressNonSpeechTokens ? (byte)1 : (byte)0;
        p.Temperature = 0f;
        p.TemperatureInc = 0f; // no fallback re-decodes: latency matters more than a retry
        p.GreedyBestOf = 1;
        p.BeamSearchBeamSize = Math.Max(1, settings.BeamSize);
        p.DetectLanguage = 0;
        p.Vad = 0;
        p.AbortCallback = WhisperAbortSignal.Callback;
        p.AbortCallbackUserData = abort.UserData;
        return p;
    }

    private float ChooseLanguage(ReadOnlySpan<float> audio, ref WhisperFullParams parameters)
    {
        if (!model.IsMultilingual)
        {
            parameters.Language = (IntPtr)WhisperNative.whisper_lang_str(0); // "en": ignored by English-only models
            return 1f;
        }
        if (forcedLanguageId != AutoLanguage)
        {
            parameters.Language = (IntPtr)WhisperNative.whisper_lang_str(forcedLanguageId);
            return 1f;
        }
        var (id, probability) = DetectLanguage(audio, parameters.NThreads);
        parameters.Language = (IntPtr)WhisperNative.whisper_lang_str(id);
        return probability;
    }

    private (int Id, float Probability) DetectLanguage(ReadOnlySpan<float> audio, int threads)
    {
        _languageProbabilities ??= new float[WhisperNative.whisper_lang_max_id() + 1];
        int id;
        fixed (float* samples = audio)
        fixed (float* probabilities = _languageProbabilities)
        {
            if (WhisperNative.whisper_pcm_to_mel_with_state(model.RawContext, RawState, samples, audio.Length, threads) != 0)
                throw new InvalidOperationException("whisper_pcm_to_mel_with_state failed.");
            id = WhisperNative.whisper_lang_auto_detect_with_state(model.RawContext, RawState, 0, threads, probabilities);
        }
        // Below 10 ms of mel the detector refuses (negative id): fall back to English rather than failing the turn.
        return id < 0 ? (0, 0f) : (id, _languageProbabilities[id]);
    }

    private Transcript ReadTranscript(int samples, bool isFinal, float languageProbability, TimeSpan elapsed)
    {
        var raw = RawState;
        var text = new StringBuilder();
        double probabilitySum = 0;
        var textTokens = 0;
        var segments = WhisperNative.whisper_full_n_segments_from_state(raw);
        for (var s = 0; s < segments; s++)
        {
            text.Append(WhisperNative.ReadUtf8(WhisperNative.whisper_full_get_segment_text_from_state(raw, s)));
            var tokens = WhisperNative.whisper_full_n_tokens_from_state(raw, s);
            for (var t = 0; t < tokens; t++)
            {
                if (WhisperNative.whisper_full_get_token_id_from_state(raw, s, t) >= model.EndOfTextToken)
                    continue; // special tokens carry no word confidence
                probabilitySum += WhisperNative.whisper_full_get_token_p_from_state(raw, s, t);
                textTokens++;
            }
        }
        var languageId = model.IsMultilingual ? WhisperNative.whisper_full_lang_id_from_state(raw) : 0;
        var language = WhisperNative.ReadUtf8(WhisperNative.whisper_lang_str(Math.Max(0, languageId)));
        var confidence = textTokens == 0 ? 0f : (float)(probabilitySum / textTokens);
        var duration = TimeSpan.FromSeconds((double)samples / WhisperSettings.SampleRate);
        return new Transcript(text.ToString().Trim(), isFinal, EngineName, language, languageProbability, confidence, duration, elapsed);
    }
}
