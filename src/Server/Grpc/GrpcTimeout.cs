namespace MediaCore.Server.Grpc;

/// <summary>
/// The grpc-timeout header (PROTOCOL-HTTP2.md): <c>Timeout → TimeoutValue TimeoutUnit</c>, TimeoutValue is at most
/// 8 ASCII digits, TimeoutUnit is one of H (hours) M (minutes) S (seconds) m (milliseconds) u (microseconds) n (nanoseconds).
/// </summary>
public static class GrpcTimeout
{
    private const int MaxDigits = 8;

    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan timeout)
    {
        timeout = default;
        if (text.Length < 2 || text.Length > MaxDigits + 1)
            return false;
        long value = 0;
        foreach (char c in text[..^1])
        {
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        long? ticks = text[^1] switch
        {
            'H' => value * TimeSpan.TicksPerHour,
            'M' => value * TimeSpan.TicksPerMinute,
            'S' => value * TimeSpan.TicksPerSecond,
            'm' => value * TimeSpan.TicksPerMillisecond,
            'u' => value * TimeSpan.TicksPerMicrosecond,
            'n' => value / 100, // a tick is 100 ns
            _ => null,
        };
        if (ticks is null)
            return false;
        timeout = TimeSpan.FromTicks(ticks.Value);
        return true;
    }

    /// <summary>Formats a timeout in the coarsest unit that keeps it within 8 digits, rounding up so a deadline is never shortened.</summary>
    public static string Format(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero)
            return "1n";
        const long maxValue = 99_999_999;
        long ticks = timeout.Ticks;
        if (ticks <= maxValue / 100)
            return (ticks * 100).ToString() + "n";
        (long per, char unit)[] units =
        [
            (TimeSpan.TicksPerMicrosecond, 'u'), (TimeSpan.TicksPerMillisecond, 'm'), (TimeSpan.TicksPerSecond, 'S'),
            (TimeSpan.TicksPerMinute, 'M'), (TimeSpan.TicksPerHour, 'H'),
        ];
        foreach (var (per, unit) in units)
        {
            long value = (ticks + per - 1) / per;
            if (value <= maxValue)
                return value.ToString() + unit;
        }
        return maxValue + "H";
    }
}
