using System.Runtime.CompilerServices;

namespace MediaCore.Media.Frames;

/// <summary>
/// Paces 20 ms frames against absolute deadlines: tick n is due at origin + n × period, computed from the timestamp
/// origin each time, never by adding up delays, so lateness on one tick never shifts the ones after it (no drift).
/// Waiting sleeps coarsely until <see cref="SpinWindow"/> before the deadline (OS timers overshoot by about a
/// millisecond), then spins to it. The async wait reuses one timer and a pooled state machine, so steady pacing
/// allocates nothing. Not thread-safe: one pacer per clock.
/// </summary>
public sealed class FrameClock : IDisposable
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromMilliseconds(AudioFrame.DurationMilliseconds);
    public static readonly TimeSpan DefaultSpinWindow = TimeSpan.FromMilliseconds(2);

    private readonly TimeProvider _time;
    private readonly long _frequency;
    private readonly long _periodTimestampTicks;
    private readonly ReusableDelay _delay;

    public FrameClock(TimeSpan? period = null, TimeSpan? spinWindow = null, TimeProvider? timeProvider = null)
    {
        Period = period ?? DefaultPeriod;
        SpinWindow = spinWindow ?? DefaultSpinWindow;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Period, TimeSpan.Zero, nameof(period));
        ArgumentOutOfRangeException.ThrowIfLessThan(SpinWindow, TimeSpan.Zero, nameof(spinWindow));
        _time = timeProvider ?? TimeProvider.System;
        _frequency = _time.TimestampFrequency;
        _periodTimestampTicks = ToTimestampTicks(Period);
        _delay = new ReusableDelay(_time);
        Start();
    }

    public TimeSpan Period { get; }

    /// <summary>How long before a deadline the wait stops sleeping and spins (zero: sleep only).</summary>
    public TimeSpan SpinWindow { get; }

    /// <summary>The timestamp tick 0 is due at.</summary>
    public long OriginTimestamp { get; private set; }

    /// <summary>The number of the tick the next wait returns.</summary>
    public long NextTickIndex { get; private set; }

    /// <summary>Ticks dropped by <see cref="SkipMissed"/> since <see cref="Start(long)"/>.</summary>
    public long MissedTicks { get; private set; }

    /// <summary>Absolute deadline of the next tick.</summary>
    public long NextDeadline => DeadlineOf(NextTickIndex);

    /// <summary>Restarts with tick 0 due now.</summary>
    public void Start() => Start(_time.GetTimestamp());

    /// <summary>Restarts with tick 0 due at <paramref name="originTimestamp"/>.</summary>
    public void Start(long originTimestamp)
    {
        OriginTimestamp = originTimestamp;
        NextTickIndex = 0;
        MissedTicks = 0;
    }

    /// <summary>origin + n × period, exact (128-bit intermediate, one rounding), whatever n is.</summary>
    public long DeadlineOf(long tickIndex) =>
        OriginTimestamp + (long)((Int128)tickIndex * Period.Ticks * _frequency / TimeSpan.TicksPerSecond);

    /// <summary>
    /// When the clock has fallen a whole period or more behind, drops the ticks that are that stale so the pacer resumes
    /// on the newest due tick instead of bursting; returns how many were dropped (also added to <see cref="MissedTicks"/>).
    /// </summary>
    public long SkipMissed()
    {
        var behind = _time.GetTimestamp() - NextDeadline;
        if (behind < _periodTimestampTicks)
            return 0;
        var skipped = behind / _periodTimestampTicks;
        NextTickIndex += skipped;
        MissedTicks += skipped;
        return skipped;
    }

    /// <summary>Waits asynchronously for the next deadline (sleep, then spin) and advances to the tick after it.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<FrameTick> WaitNextAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var deadline = NextDeadline;
        var sleep = SleepBefore(deadline);
        if (sleep > TimeSpan.Zero)
            await _delay.WaitAsync(sleep, cancellationToken).ConfigureAwait(false);
        return SpinUntil(deadline);
    }

    /// <summary>Blocking form of <see cref="WaitNextAsync"/> for a dedicated pacing thread.</summary>
    public FrameTick WaitNext(CancellationToken cancellationToken = default)
    {
        var deadline = NextDeadline;
        var sleep = SleepBefore(deadline);
        if (sleep > TimeSpan.Zero && cancellationToken.WaitHandle.WaitOne(sleep))
            cancellationToken.ThrowIfCancellationRequested();
        return SpinUntil(deadline);
    }

    public void Dispose() => _delay.Dispose();

    private TimeSpan SleepBefore(long deadline)
    {
        var remaining = _time.GetElapsedTime(_time.GetTimestamp(), deadline);
        return remaining - SpinWindow;
    }

    private FrameTick SpinUntil(long deadline)
    {
        var now = _time.GetTimestamp();
        while (now < deadline)
        {
            Thread.SpinWait(32);
            now = _time.GetTimestamp();
        }
        var tick = new FrameTick(NextTickIndex, deadline, _time.GetElapsedTime(deadline, now));
        NextTickIndex++;
        return tick;
    }

    private long ToTimestampTicks(TimeSpan span) => (long)((Int128)span.Ticks * _frequency / TimeSpan.TicksPerSecond);
}
