namespace MediaCore.Bench.Load.Charts;

/// <summary>The three chart kinds the load report draws, as PNG bytes.</summary>
public static class ChartRenderer
{
    /// <summary>Lines over a shared x axis (latency CDFs, the capacity ramp).</summary>
    public static byte[] LineChart(string title, string xTitle, string yTitle, IReadOnlyList<ChartSeries> series, double? yMax = null)
    {
        var points = series.SelectMany(s => s.Points).Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        double xMin = points.Count == 0 ? 0 : points.Min(p => p.X);
        double xMax = points.Count == 0 ? 1 : points.Max(p => p.X);
        double top = yMax ?? (points.Count == 0 ? 1 : points.Max(p => p.Y) * 1.1);
        var frame = new ChartFrame(title, xTitle, yTitle, Math.Min(0, xMin), xMax, 0, top);
        frame.DrawGridAndAxes();
        for (int s = 0; s < series.Count; s++)
        {
            var colour = Rgb.Series[s % Rgb.Series.Count];
            var finite = series[s].Points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
            for (int i = 1; i < finite.Count; i++)
                frame.Canvas.DrawLine(frame.X(finite[i - 1].X), frame.Y(finite[i - 1].Y), frame.X(finite[i].X), frame.Y(finite[i].Y), colour, 2);
            foreach (var p in finite.Count <= 20 ? finite : [])
                frame.Canvas.FillRectangle(frame.X(p.X) - 3, frame.Y(p.Y) - 3, 7, 7, colour);
        }
        frame.DrawLegend(series.Select(s => s.Name).ToList());
        return frame.Canvas.ToPng();
    }

    /// <summary>One stacked bar per category; <paramref name="stages"/>[k].Values[c] is stage k's height in category c.</summary>
    public static byte[] StackedBars(string title, string yTitle, IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, IReadOnlyList<double> Values)> stages)
    {
        double total = categories.Select((_, c) => stages.Sum(s => Clean(s.Values[c]))).DefaultIfEmpty(1).Max();
        var frame = new ChartFrame(title, "", yTitle, 0, Math.Max(1, categories.Count), 0, Math.Max(total * 1.1, 1e-6));
        frame.DrawGridAndAxes(xTicks: false);
        int slot = frame.PlotWidth / Math.Max(1, categories.Count);
        for (int c = 0; c < categories.Count; c++)
        {
            int x = frame.PlotLeft + c * slot + slot / 4;
            double bottom = 0;
            for (int k = 0; k < stages.Count; k++)
            {
                double value = Clean(stages[k].Values[c]);
                int yTop = frame.Y(bottom + value), yBottom = frame.Y(bottom);
                frame.Canvas.FillRectangle(x, yTop, slot / 2, Math.Max(0, yBottom - yTop), Rgb.Series[k % Rgb.Series.Count]);
                bottom += value;
            }
            string label = categories[c];
            frame.Canvas.DrawText(x + slot / 4 - BitmapFont.MeasureWidth(label) / 2, frame.PlotBottom + 8, label, Rgb.Black);
        }
        frame.DrawLegend(stages.Select(s => s.Name).ToList());
        return frame.Canvas.ToPng();
    }

    /// <summary>Empirical CDF points (value, fraction ≤ value) of a sample.</summary>
    public static IReadOnlyList<(double X, double Y)> Cdf(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        var points = new List<(double, double)>(sorted.Length + 1);
        if (sorted.Length > 0)
            points.Add((sorted[0], 0));
        for (int i = 0; i < sorted.Length; i++)
            points.Add((sorted[i], (i + 1.0) / sorted.Length));
        return points;
    }

    private static double Clean(double value) => double.IsFinite(value) && value > 0 ? value : 0;
}
