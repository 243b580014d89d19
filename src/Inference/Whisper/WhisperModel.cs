using System.Text;
using MediaCore.Inference.Whisper.ModelFile;
using MediaCore.Inference.Whisper.Native;

namespace MediaCore.Inference.Whisper;

/// <summary>
/// One loaded whisper.cpp model (the weights, <c>whisper_context</c>), shared by every call. Each concurrent decode
/// needs its own <c>whisper_state</c> (KV caches and compute buffers): <see cref="CreateState"/> makes one, safely from
/// any thread. The file is checked in managed code first (header, vocabulary, truncation) so a bad file fails with a
/// message naming it instead of undefined native behaviour.
/// </summary>
public sealed unsafe class WhisperModel : IDisposable
{
    private readonly WhisperContextHandle _context;
    private readonly Lock _stateLock = new();
    private readonly WhisperFullParams _greedyDefaults;
    private readonly WhisperFullParams _beamDefaults;

    private WhisperModel(string path, WhisperContextHandle context)
    {
        Path = path;
        _context = context;
        var raw = context.DangerousGetHandle();
        Dimensions = ReadDimensions(raw);
        EndOfTextToken = WhisperNative.whisper_token_eot(raw);
        _greedyDefaults = ReadDefaults(WhisperNative.SamplingGreedy);
        _beamDefaults = ReadDefaults(WhisperNative.SamplingBeamSearch);
    }

    public string Path { get; }

    public WhisperModelDimensions Dimensions { get; }

    public bool IsMultilingual => Dimensions.IsMultilingual;

    /// <summary>Token ids at or above this are special (end of text, language, task, timestamps).</summary>
    internal int EndOfTextToken { get; }

    internal IntPtr RawContext => _context.DangerousGetHandle();

    /// <summary>Loads <paramref name="path"/> on the CPU. Missing file → <see cref="FileNotFoundException"/>; unusable → <see cref="WhisperModelException"/>.</summary>
    public static WhisperModel Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new FileNotFoundException($"Whisper model file '{full}' does not exist.", full);
        Precheck(full);
        WhisperLog.EnsureInstalled();
        WhisperLog.ClearRecentErrors();
        var context = InitContext(full);
        if (context == IntPtr.Zero)
        {
            var why = WhisperLog.TakeRecentErrors();
            throw new WhisperModelException(full, why.Length > 0 ? $"whisper.cpp rejected it ({why})" : "whisper.cpp rejected it");
        }
        return new WhisperModel(full, new WhisperContextHandle(context));
    }

    /// <summary>The library's version string ("1.9.1").</summary>
    public static string NativeVersion() => WhisperNative.ReadUtf8(WhisperNative.whisper_version());

    /// <summary>A fresh decoder state for one session; thread-safe.</summary>
    internal WhisperStateHandle CreateState()
    {
        ObjectDisposedException.ThrowIf(_context.IsClosed, this);
        IntPtr state;
        lock (_stateLock)
            state = WhisperNative.whisper_init_state(RawContext);
        if (state == IntPtr.Zero)
            throw new InvalidOperationException($"whisper_init_state failed for '{Path}' (out of memory?).");
        return new WhisperStateHandle(state, _context);
    }

    /// <summary>whisper.cpp's own defaults for a strategy (copied once at load).</summary>
    internal WhisperFullParams DefaultParams(WhisperSamplingStrategy strategy) =>
        strategy == WhisperSamplingStrategy.BeamSearch ? _beamDefaults : _greedyDefaults;

    /// <summary>Frees the weights once every state created from them is gone.</summary>
    public void Dispose() => _context.Dispose();

    private static void Precheck(string path)
    {
        if (!GgmlWhisperModelInfo.TryRead(path, out var info, out var error))
            throw new WhisperModelException(path, error);
        if (info.HyperParameters.Validate() is { } problem)
            throw new WhisperModelException(path, problem);
        if (info.IsTruncated)
            throw new WhisperModelException(path,
                $"truncated: {info.FileLength - info.VocabularyEndOffset} bytes of tensors, {info.ExpectedTensorBytes} expected");
    }

    private static IntPtr InitContext(string path)
    {
        var parameters = WhisperNative.whisper_context_default_params_by_ref();
        try
        {
            var copy = *parameters;
            copy.UseGpu = 0;
            var utf8 = Encoding.UTF8.GetBytes(path + "\0");
            fixed (byte* p = utf8)
                return WhisperNative.whisper_init_from_file_with_params_no_state(p, copy);
        }
        finally
        {
            WhisperNative.whisper_free_context_params(parameters);
        }
    }

    private static WhisperFullParams ReadDefaults(int strategy)
    {
        var parameters = WhisperNative.whisper_full_default_params_by_ref(strategy);
        try
        {
            return *parameters;
        }
        finally
        {
            WhisperNative.whisper_free_params(parameters);
        }
    }

    private static WhisperModelDimensions ReadDimensions(IntPtr c) => new(
        WhisperNative.whisper_model_n_vocab(c),
        WhisperNative.whisper_model_n_audio_ctx(c),
        WhisperNative.whisper_model_n_audio_state(c),
        WhisperNative.whisper_model_n_audio_head(c),
        WhisperNative.whisper_model_n_audio_layer(c),
        WhisperNative.whisper_model_n_text_ctx(c),
        WhisperNative.whisper_model_n_text_state(c),
        WhisperNative.whisper_model_n_text_head(c),
        WhisperNative.whisper_model_n_text_layer(c),
        WhisperNative.whisper_model_n_mels(c),
        WhisperNative.whisper_model_ftype(c),
        WhisperNative.whisper_is_multilingual(c) != 0,
        WhisperNative.ReadUtf8(WhisperNative.whisper_model_type_readable(c)));
}
