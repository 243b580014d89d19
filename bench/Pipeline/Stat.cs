namespace MediaCore.Bench.Pipeline;

/// <summary>Percentiles (nearest rank) of a set of millisecond samples; NaN when there are none.</summary>
public sealed record Stat(int Count, double P50, double P95, double P99, double Max)
{
    public static Stat Of(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
            return new Stat(0, double.NaN, double.NaN, double.NaN, double.NaN);
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Stat(sorted.Length, Rank(50), Rank(95), Rank(99), sorted[^1]);
    }
}
