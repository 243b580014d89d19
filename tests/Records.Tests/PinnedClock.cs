namespace MediaCore.Records.Tests;

/// <summary>A clock that says what the test tells it to.</summary>
public sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public static PinnedClock Default() => new(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero));
}
