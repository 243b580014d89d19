using System.Runtime.InteropServices;
using System.Text;

namespace MediaCore.Inference.Whisper.Native;

/// <summary>
/// Routes whisper.cpp/ggml logging (stderr by default, very chatty at load) into managed code. By default every line
/// is dropped, except that error lines are remembered per thread so a failed load can say why
/// (<see cref="TakeRecentErrors"/>). <see cref="Redirect"/> hands lines to the host's logger instead.
/// The callback is process-wide: whisper.cpp keeps one global log sink.
/// </summary>
internal static unsafe class WhisperLog
{
    private const int MaxRememberedErrorChars = 2000;

    private static readonly Lock InstallLock = new();
    private static volatile Action<WhisperLogLevel, string>? _sink;
    private static bool _installed;

    [ThreadStatic] private static StringBuilder? _recentErrors;
    [ThreadStatic] private static WhisperLogLevel _lastLevel;

    /// <summary>Installs the managed callback once (idempotent).</summary>
    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (_installed)
                return;
            WhisperNative.whisper_log_set(&OnLog, IntPtr.Zero);
            _installed = true;
        }
    }

    /// <summary>Sends every native log line to <paramref name="sink"/>; null drops them again.</summary>
    public static void Redirect(Action<WhisperLogLevel, string>? sink)
    {
        _sink = sink;
        EnsureInstalled();
    }

    /// <summary>Error lines logged on this thread since the last call, joined; empty when none.</summary>
    public static string TakeRecentErrors()
    {
        var text = _recentErrors?.ToString().Trim() ?? string.Empty;
        _recentErrors?.Clear();
        return text;
    }

    /// <summary>Forgets this thread's remembered error lines (call before a native operation).</summary>
    public static void ClearRecentErrors() => _recentErrors?.Clear();

    [UnmanagedCallersOnly]
    private static void OnLog(int level, byte* text, IntPtr userData)
    {
        try
        {
            var line = WhisperNative.ReadUtf8(text);
            var effective = level == (int)WhisperLogLevel.Continue ? _lastLevel : (WhisperLogLevel)level;
            _lastLevel = effective;
            if (effective == WhisperLogLevel.Error)
                Remember(line);
            _sink?.Invoke(effective, line);
        }
        catch
        {
            // An exception must never unwind into native code; a broken sink only loses log lines.
        }
    }

    private static void Remember(string line)
    {
        _recentErrors ??= new StringBuilder();
        if (_recentErrors.Length < MaxRememberedErrorChars)
            _recentErrors.Append(line);
    }
}
