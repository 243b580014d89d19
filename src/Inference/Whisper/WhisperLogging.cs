using MediaCore.Inference.Whisper.Native;

namespace MediaCore.Inference.Whisper;

/// <summary>
/// Public switch for whisper.cpp's native log. Loading a <see cref="WhisperModel"/> silences it (the default sink drops
/// lines); call <see cref="Redirect"/> to forward lines to the host's logger.
/// </summary>
public static class WhisperLogging
{
    /// <summary>Forwards every native log line (whisper and ggml) to <paramref name="sink"/>; null silences.</summary>
    public static void Redirect(Action<WhisperLogLevel, string>? sink) => WhisperLog.Redirect(sink);

    /// <summary>Drops all native log output.</summary>
    public static void Silence() => WhisperLog.Redirect(null);
}
