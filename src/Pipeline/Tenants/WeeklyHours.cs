namespace MediaCore.Pipeline.Tenants;

/// <summary>Opening intervals per weekday plus dated special closures.</summary>
public sealed class WeeklyHours
{
    private readonly IReadOnlyDictionary<DayOfWeek, IReadOnlyList<TimeRange>> _days;

    public WeeklyHours(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<TimeRange>> days, IReadOnlyList<Closure> closures)
    {
        _days = days;
        Closures = closures;
    }

    public IReadOnlyList<Closure> Closures { get; }

    public IReadOnlyList<TimeRange> On(DayOfWeek day) => _days.TryGetValue(day, out var ranges) ? ranges : [];

    /// <summary>The intervals for a date: empty on a closed weekday or a special closure.</summary>
    public IReadOnlyList<TimeRange> On(DateOnly date) => ClosureOn(date) is null ? On(date.DayOfWeek) : [];

    public Closure? ClosureOn(DateOnly date) => Closures.FirstOrDefault(c => c.Date == date);

    public bool IsOpenOn(DayOfWeek day) => On(day).Count > 0;

    public IReadOnlyList<DayOfWeek> OpenDays =>
        Enum.GetValues<DayOfWeek>().Where(IsOpenOn).OrderBy(d => ((int)d + 6) % 7).ToArray();

    public bool IsOpenAt(DateOnly date, TimeOnly time) => On(date).Any(r => r.Contains(time));
}
