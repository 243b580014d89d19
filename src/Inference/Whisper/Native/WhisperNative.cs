using System.Runtime.InteropServices;
using MediaCore.Media.Native;

namespace MediaCore.Inference.Whisper.Native;

/// <summary>
/// P/Invoke declarations for whisper.h 1.9.1 (only what MediaCore uses). Every signature is blittable:
/// strings go in and out as UTF-8 <c>byte*</c>, structs by value are the blittable mirrors in this folder,
/// handles are raw pointers owned by <see cref="WhisperContextHandle"/> / <see cref="WhisperStateHandle"/>.
/// </summary>
internal static unsafe class WhisperNative
{
    private const string Lib = NativeLibraryCatalog.Whisper;

    /// <summary><c>WHISPER_SAMPLING_GREEDY</c>.</summary>
    public const int SamplingGreedy = 0;

    /// <summary><c>WHISPER_SAMPLING_BEAM_SEARCH</c>.</summary>
    public const int SamplingBeamSearch = 1;

    [DllImport(Lib)] public static extern byte* whisper_version();

    [DllImport(Lib)] public static extern IntPtr whisper_init_from_file_with_params_no_state(byte* pathModel, WhisperContextParams parameters);
    [DllImport(Lib)] public static extern IntPtr whisper_init_state(IntPtr ctx);
    [DllImport(Lib)] public static extern void whisper_free(IntPtr ctx);
    [DllImport(Lib)] public static extern void whisper_free_state(IntPtr state);

    [DllImport(Lib)] public static extern WhisperContextParams* whisper_context_default_params_by_ref();
    [DllImport(Lib)] public static extern void whisper_free_context_params(WhisperContextParams* parameters);
    [DllImport(Lib)] public static extern WhisperFullParams* whisper_full_default_params_by_ref(int strategy);
    [DllImport(Lib)] public static extern void whisper_free_params(WhisperFullParams* parameters);

    [DllImport(Lib)] public static extern int whisper_pcm_to_mel_with_state(IntPtr ctx, IntPtr state, float* samples, int nSamples, int nThreads);
    [DllImport(Lib)] public static extern int whisper_lang_auto_detect_with_state(IntPtr ctx, IntPtr state, int offsetMs, int nThreads, float* langProbs);
    [DllImport(Lib)] public static extern int whisper_lang_max_id();
    [DllImport(Lib)] public static extern int whisper_lang_id(byte* lang);
    [DllImport(Lib)] public static extern byte* whisper_lang_str(int id);

    [DllImport(Lib)] public static extern int whisper_full_with_state(IntPtr ctx, IntPtr state, WhisperFullParams parameters, float* samples, int nSamples);
    [DllImport(Lib)] public static extern int whisper_full_n_segments_from_state(IntPtr state);
    [DllImport(Lib)] public static extern int whisper_full_lang_id_from_state(IntPtr state);
    [DllImport(Lib)] public static extern byte* whisper_full_get_segment_text_from_state(IntPtr state, int segment);
    [DllImport(Lib)] public static extern int whisper_full_n_tokens_from_state(IntPtr state, int segment);
    [DllImport(Lib)] public static extern int whisper_full_get_token_id_from_state(IntPtr state, int segment, int token);
    [DllImport(Lib)] public static extern float whisper_full_get_token_p_from_state(IntPtr state, int segment, int token);
    [DllImport(Lib)] public static extern float whisper_full_get_segment_no_speech_prob_from_state(IntPtr state, int segment);

    [DllImport(Lib)] public static extern int whisper_token_eot(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_is_multilingual(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_vocab(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_audio_ctx(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_audio_state(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_audio_head(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_audio_layer(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_text_ctx(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_text_state(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_text_head(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_text_layer(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_n_mels(IntPtr ctx);
    [DllImport(Lib)] public static extern int whisper_model_ftype(IntPtr ctx);
    [DllImport(Lib)] public static extern byte* whisper_model_type_readable(IntPtr ctx);

    /// <summary><c>whisper_log_set(ggml_log_callback, void*)</c>: also redirects ggml's own log.</summary>
    [DllImport(Lib)] public static extern void whisper_log_set(delegate* unmanaged<int, byte*, IntPtr, void> callback, IntPtr userData);

    /// <summary>A NUL-terminated UTF-8 string owned by the library, copied to managed memory ("" for NULL).</summary>
    public static string ReadUtf8(byte* text) =>
        text is null ? string.Empty : Marshal.PtrToStringUTF8((IntPtr)text) ?? string.Empty;
}
