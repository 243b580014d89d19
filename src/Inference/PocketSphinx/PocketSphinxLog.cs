using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// Silences sphinxbase's process-wide logging (it writes every config value and search statistic to stderr)
/// by installing a callback that drops INFO/DEBUG and remembers the latest WARN/ERROR line per thread, so a
/// failure (e.g. "The word 'x' is missing in the dictionary") can be named in an exception instead of lost.
/// </summary>
internal static unsafe class PocketSphinxLog
{
    // sphinxbase err_lvl_t: DEBUG, INFO, INFOCONT, WARN, ERROR, FATAL.
    private const int ErrWarn = 3;
    private const int MaxArguments = 5;

    private static readonly Lock InstallLock = new();
    private static bool _installed;

    [ThreadStatic] private static string? _lastProblem;

    /// <summary>The latest warning or error sphinxbase reported on this thread, if any.</summary>
    public static string? LastProblem => _lastProblem;

    public static void ClearLastProblem() => _lastProblem = null;

    /// <summary>Installs the callback once per process (idempotent).</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (_installed)
                return;
            delegate* unmanaged[Cdecl]<IntPtr, int, byte*, nint, nint, nint, nint, nint, void> callback = &OnMessage;
            PocketSphinxNative.err_set_callback((IntPtr)callback, IntPtr.Zero);
            // ps_init prints its configuration straight to err_get_logfp() (stderr by default), not via the callback.
            PocketSphinxNative.err_set_logfp(IntPtr.Zero);
            _installed = true;
        }
    }

    // err_cb_f is variadic: void (*)(void*, err_lvl_t, const char*, ...). On x86-64 System V, variadic integer and
    // pointer arguments travel exactly like fixed ones (rcx, r8, r9, then the stack), so declaring five extra
    // pointer-sized parameters reads them. sphinxbase only calls it with "%s" / "%ld" conversions.
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnMessage(IntPtr userData, int level, byte* format, nint a1, nint a2, nint a3, nint a4, nint a5)
    {
        if (level < ErrWarn || format == null)
            return;
        try
        {
            Span<nint> args = [a1, a2, a3, a4, a5];
            _lastProblem = Format(format, args);
        }
        catch
        {
            // Never let an exception cross into native code.
        }
    }

    private static string Format(byte* format, ReadOnlySpan<nint> args)
    {
        var fmt = Marshal.PtrToStringUTF8((IntPtr)format) ?? string.Empty;
        var text = new StringBuilder(fmt.Length + 64);
        var next = 0;
        for (var i = 0; i < fmt.Length; i++)
        {
            if (fmt[i] != '%' || i + 1 >= fmt.Length)
            {
                text.Append(fmt[i]);
                continue;
            }
            var end = i + 1;
            while (end < fmt.Length && "-0123456789.l".Contains(fmt[end]))
                end++;
            if (end >= fmt.Length)
                break;
            var conversion = fmt[end];
            var arg = next < MaxArguments ? args[next] : 0;
            if (conversion == '%')
                text.Append('%');
            else if (conversion == 's')
                text.Append(arg == 0 ? "(null)" : Marshal.PtrToStringUTF8(arg));
            else if (conversion is 'd' or 'u')
                text.Append(fmt.AsSpan(i + 1, end - i - 1).Contains('l') ? (long)arg : (int)arg);
            if (conversion != '%')
                next++;
            i = end;
        }
        return text.ToString().TrimEnd('\n', ' ');
    }
}
