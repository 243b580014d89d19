using System.Text;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Whisper.Native;

namespace MediaCore.Inference.Whisper;

/// <summary>
/// whisper.cpp behind <see cref="ISpeechToText"/>: one shared <see cref="WhisperModel"/>, one
/// <see cref="WhisperRecognitionSession"/> (with its own whisper_state) per call.
/// </summary>
public sealed unsafe class WhisperSpeechToText : ISpeechToText
{
    private readonly bool _ownsModel;

    public WhisperSpeechToText(WhisperModel model, WhisperSettings? settings = null, bool ownsModel = false)
    {
        Model = model;
        Settings = settings ?? new WhisperSettings();
        _ownsModel = ownsModel;
    }

    public WhisperModel Model { get; }

    public WhisperSettings Settings { get; }

    public string EngineName => WhisperDecoder.EngineName;

    /// <summary>Loads the model at <paramref name="modelPath"/> and owns it.</summary>
    public static WhisperSpeechToText Open(string modelPath, WhisperSettings? settings = null) =>
        new(WhisperModel.Load(modelPath), settings, ownsModel: true);

    public ISpeechRecognitionSession StartSession(SpeechRecognitionOptions options) => StartWhisperSession(options);

    /// <summary>As <see cref="StartSession"/>, typed, for callers that use <c>ShouldDecodePartial</c>.</summary>
    public WhisperRecognitionSession StartWhisperSession(SpeechRecognitionOptions options) =>
        new(Model, Settings, ResolveLanguage(options.Language));

    public void Dispose()
    {
        if (_ownsModel)
            Model.Dispose();
    }

    /// <summary>"auto"/""/null → auto-detect; otherwise a whisper language code or name ("en", "hi", "hindi").</summary>
    private static int ResolveLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language) || language.Equals("auto", StringComparison.OrdinalIgnoreCase))
            return WhisperDecoder.AutoLanguage;
        var utf8 = Encoding.UTF8.GetBytes(language.Trim().ToLowerInvariant() + "\0");
        int id;
        fixed (byte* p = utf8)
            id = WhisperNative.whisper_lang_id(p);
        return id >= 0 ? id : throw new ArgumentException($"Whisper does not know the language '{language}'.", nameof(language));
    }
}
