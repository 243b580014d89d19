namespace MediaCore.Bench.Load.Charts;

/// <summary>A named line: points in data units, drawn in order.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<(double X, double Y)> Points);
