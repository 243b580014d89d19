using System.Text.Json.Serialization;

namespace MediaCore.Bench.Load.Analysis;

/// <summary>A sample summarised: count, mean, p50/p90/p99 (nearest rank), min, max. Milliseconds unless named otherwise.</summary>
public sealed record Distribution(int Count, double Mean, double P50, double P90, double P99, double Min, double Max)
{
    public static Distribution Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    [JsonIgnore]
    public bool IsEmpty => Count == 0;

    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).ToArray();
        if (sorted.Length == 0)
            return Empty;
        Array.Sort(sorted);
        return new Distribution(sorted.Length, sorted.Average(), Percentile(sorted, 50), Percentile(sorted, 90),
            Percentile(sorted, 99), sorted[0], sorted[^1]);
    }

    /// <summary>Nearest-rank percentile of an ascending array.</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        if (sorted.Length == 0)
            return double.NaN;
        int rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
