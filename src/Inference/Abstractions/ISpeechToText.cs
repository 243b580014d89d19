namespace MediaCore.Inference.Abstractions;

/// <summary>
/// A speech recognition engine (whisper.cpp, PocketSphinx). One engine instance is shared by many calls;
/// each call opens its own <see cref="ISpeechRecognitionSession"/>.
/// </summary>
public interface ISpeechToText : IDisposable
{
    /// <summary>Short engine name for logs and `mediacore check` ("whisper", "pocketsphinx").</summary>
    string EngineName { get; }

    /// <summary>Opens a per-call recognition session (its own decoder state).</summary>
    ISpeechRecognitionSession StartSession(SpeechRecognitionOptions options);
}
