namespace MediaCore.Inference.Whisper;

/// <summary><c>enum ggml_log_level</c>: the severity whisper.cpp and ggml attach to a log line.</summary>
public enum WhisperLogLevel
{
    None = 0,
    Debug = 1,
    Info = 2,
    Warn = 3,
    Error = 4,

    /// <summary>Continues the previous line.</summary>
    Continue = 5,
}
