namespace MediaCore.Pipeline.Tenants;

/// <summary>One opening interval within a day, local time; Close is exclusive and after Open.</summary>
public readonly record struct TimeRange(TimeOnly Open, TimeOnly Close)
{
    public bool Contains(TimeOnly time) => time >= Open && time < Close;

    /// <summary>True when [start, start + length) lies inside this interval.</summary>
    public bool Fits(TimeOnly start, TimeSpan length) =>
        start >= Open && start.ToTimeSpan() + length <= Close.ToTimeSpan();
}
