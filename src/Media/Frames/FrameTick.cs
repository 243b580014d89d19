namespace MediaCore.Media.Frames;

/// <summary>One tick of a <see cref="FrameClock"/>: its number, its absolute deadline, and how late the wait returned.</summary>
/// <param name="Index">Tick number n since the clock's origin.</param>
/// <param name="DeadlineTimestamp">origin + n × period, in <see cref="TimeProvider.GetTimestamp"/> units.</param>
/// <param name="Lateness">How long after the deadline the waiter resumed (zero or positive).</param>
public readonly record struct FrameTick(long Index, long DeadlineTimestamp, TimeSpan Lateness);
