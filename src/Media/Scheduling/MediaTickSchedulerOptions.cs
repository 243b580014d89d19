namespace MediaCore.Media.Scheduling;

/// <summary>Configuration of <see cref="MediaTickScheduler"/>.</summary>
public sealed record MediaTickSchedulerOptions
{
    /// <summary>More tick threads than this only adds context switches: one thread serves hundreds of calls.</summary>
    public const int MaxThreads = 4;

    /// <summary>Dedicated tick threads (default: one per core, at most <see cref="MaxThreads"/>).</summary>
    public int ThreadCount { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, MaxThreads);

    /// <summary>The tick period (telephony ptime).</summary>
    public TimeSpan Period { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How long before a deadline the tick thread stops sleeping and spins (see <see cref="Frames.FrameClock"/>).</summary>
    public TimeSpan SpinWindow { get; init; } = TimeSpan.FromMilliseconds(1);

    /// <summary>A tick that resumes later than this after its deadline counts as late.</summary>
    public TimeSpan LateThreshold { get; init; } = TimeSpan.FromMilliseconds(5);

    public ThreadPriority Priority { get; init; } = ThreadPriority.AboveNormal;

    /// <summary>Thread names are this prefix plus the thread index.</summary>
    public string ThreadNamePrefix { get; init; } = "media-tick-";

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ThreadCount, 1, nameof(ThreadCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ThreadCount, MaxThreads, nameof(ThreadCount));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Period, TimeSpan.Zero, nameof(Period));
        ArgumentOutOfRangeException.ThrowIfLessThan(SpinWindow, TimeSpan.Zero, nameof(SpinWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(LateThreshold, TimeSpan.Zero, nameof(LateThreshold));
    }
}
