using System.Globalization;

namespace MediaCore.Bench.Load.Charts;

/// <summary>The common furniture of a chart: title, plot area, axes with ~5 labelled ticks, axis titles, legend.</summary>
internal sealed class ChartFrame
{
    public const int Width = 800;
    public const int Height = 500;
    private const int Left = 80, Right = 20, Top = 50, Bottom = 60;

    public ChartFrame(string title, string xTitle, string yTitle, double xMin, double xMax, double yMin, double yMax)
    {
        Canvas = new RgbCanvas(Width, Height, Rgb.White);
        (XMin, XMax, XStep) = Widen(xMin, xMax);
        (YMin, YMax, YStep) = Widen(yMin, yMax);
        Canvas.DrawText((Width - BitmapFont.MeasureWidth(title, 2)) / 2, 12, title, Rgb.Black, 2);
        Canvas.DrawText(Left + (PlotWidth - BitmapFont.MeasureWidth(xTitle)) / 2, Height - 18, xTitle, Rgb.Black);
        Canvas.DrawText(8, Top - 16, yTitle, Rgb.Black);
    }

    public RgbCanvas Canvas { get; }
    public double XMin { get; }
    public double XMax { get; }
    public double YMin { get; }
    public double YMax { get; }
    public double XStep { get; }
    public double YStep { get; }
    public int PlotWidth => Width - Left - Right;
    public int PlotHeight => Height - Top - Bottom;
    public int PlotLeft => Left;
    public int PlotBottom => Height - Bottom;

    public int X(double value) => Left + (int)Math.Round((value - XMin) / (XMax - XMin) * PlotWidth);

    public int Y(double value) => Height - Bottom - (int)Math.Round((value - YMin) / (YMax - YMin) * PlotHeight);

    public void DrawGridAndAxes(bool xTicks = true)
    {
        for (double yv = YMin; yv <= YMax + YStep / 2; yv += YStep)
        {
            int y = Y(yv);
            Canvas.DrawLine(Left, y, Width - Right, y, Rgb.Grid);
            string label = Format(yv);
            Canvas.DrawText(Left - 6 - BitmapFont.MeasureWidth(label), y - 3, label, Rgb.Black);
        }
        for (double xv = XMin; xTicks && xv <= XMax + XStep / 2; xv += XStep)
        {
            int x = X(xv);
            Canvas.DrawLine(x, Top, x, PlotBottom, Rgb.Grid);
            string xl = Format(xv);
            Canvas.DrawText(x - BitmapFont.MeasureWidth(xl) / 2, PlotBottom + 8, xl, Rgb.Black);
        }
        Canvas.DrawLine(Left, Top, Left, PlotBottom, Rgb.Black, 2);
        Canvas.DrawLine(Left, PlotBottom, Width - Right, PlotBottom, Rgb.Black, 2);
    }

    public void DrawLegend(IReadOnlyList<string> names)
    {
        int y = Top + 6;
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            int x = Width - Right - 10 - BitmapFont.MeasureWidth(name) - 16;
            Canvas.FillRectangle(x, y, 10, 7, Rgb.Series[i % Rgb.Series.Count]);
            Canvas.DrawText(x + 16, y, name, Rgb.Black);
            y += 14;
        }
    }

    public static string Format(double value) =>
        Math.Abs(value) >= 100 || value == Math.Round(value)
            ? Math.Round(value).ToString(CultureInfo.InvariantCulture)
            : value.ToString(Math.Abs(value) >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>Stretches [min, max] to multiples of a 1-2-5 step (5–10 ticks) so the ticks land on round numbers.</summary>
    private static (double Min, double Max, double Step) Widen(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
            return (0, 1, 0.2);
        if (max - min < 1e-9)
            (min, max) = (min - 0.5, max + 0.5);
        double step = NiceStep((max - min) / 5);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step - 1e-9) * step, step);
    }

    private static double NiceStep(double raw)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
