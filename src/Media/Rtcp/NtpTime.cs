namespace MediaCore.Media.Rtcp;

/// <summary>
/// NTP timestamps as RTCP uses them (RFC 3550 §4): 64-bit fixed point seconds since 1900-01-01, and the "compact"
/// middle 32 bits (16.16 seconds) carried in LSR, DLSR and used for round-trip time.
/// </summary>
public static class NtpTime
{
    private static readonly DateTime Epoch = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private const double FractionPerSecond = 4294967296.0;
    private const int CompactShift = 16;
    private const double CompactUnitsPerSecond = 65536.0;

    public static ulong FromDateTime(DateTime utc)
    {
        double seconds = (utc - Epoch).TotalSeconds;
        ulong whole = (ulong)Math.Floor(seconds);
        ulong fraction = (ulong)((seconds - whole) * FractionPerSecond);
        return (whole << 32) | fraction;
    }

    /// <summary>The middle 32 bits of a 64-bit NTP timestamp (RFC 3550 §6.4.1, LSR).</summary>
    public static uint ToCompact(ulong ntpTimestamp) => (uint)(ntpTimestamp >> CompactShift);

    /// <summary>A duration in 1/65536 s units (DLSR), saturating at the 32-bit maximum.</summary>
    public static uint ToCompactDuration(TimeSpan duration) =>
        duration <= TimeSpan.Zero ? 0u : (uint)Math.Min(uint.MaxValue, duration.TotalSeconds * CompactUnitsPerSecond);

    public static TimeSpan FromCompactDuration(uint units) => TimeSpan.FromSeconds(units / CompactUnitsPerSecond);

    /// <summary>
    /// Round-trip time seen by a sender receiving a report block at compact NTP time <paramref name="arrivalCompact"/>:
    /// RTT = A − LSR − DLSR (RFC 3550 §6.4.1). Zero when the block carries no LSR.
    /// </summary>
    public static TimeSpan RoundTrip(uint arrivalCompact, uint lastSenderReport, uint delaySinceLastSenderReport)
    {
        if (lastSenderReport == 0)
            return TimeSpan.Zero;
        uint rtt = arrivalCompact - lastSenderReport - delaySinceLastSenderReport;
        return rtt > int.MaxValue ? TimeSpan.Zero : FromCompactDuration(rtt);
    }
}
