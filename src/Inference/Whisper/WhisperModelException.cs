namespace MediaCore.Inference.Whisper;

/// <summary>A whisper model file exists but cannot be used (corrupt, truncated, wrong format); the message names the file.</summary>
public sealed class WhisperModelException(string path, string reason)
    : Exception($"Whisper model '{path}' could not be loaded: {reason}")
{
    public string ModelPath { get; } = path;

    public string Reason { get; } = reason;
}
