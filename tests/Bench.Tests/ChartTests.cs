using System.Text;
using MediaCore.Bench.Load.Charts;

namespace MediaCore.Bench.Tests;

public sealed class ChartTests
{
    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
        Assert.Equal(0u, Crc32.Compute([]));
        Assert.Equal(Crc32.Compute("IENDabc"u8), Crc32.Append(Crc32.Compute("IEND"u8), "abc"u8));
    }

    [Fact]
    public void Encoded_png_is_valid_and_keeps_the_pixels()
    {
        var canvas = new RgbCanvas(7, 3, Rgb.White);
        canvas.SetPixel(2, 1, new Rgb(10, 20, 30));
        var png = canvas.ToPng();
        Assert.Equal((7, 3), PngValidator.Validate(png));
        // Scanline 1, after its filter byte: pixel 2 is at 1 + 2·3.
        var raw = Inflate(png);
        int row = 1 * (1 + 7 * 3);
        Assert.Equal(0, raw[row]);
        Assert.Equal(new byte[] { 10, 20, 30 }, raw[(row + 1 + 6)..(row + 1 + 9)]);
    }

    [Fact]
    public void Text_and_lines_mark_pixels_and_unknown_glyphs_draw_a_box()
    {
        var canvas = new RgbCanvas(40, 10, Rgb.White);
        canvas.DrawText(0, 0, "1", Rgb.Black);
        Assert.Equal(Rgb.Black, canvas.GetPixel(2, 0));   // the top of the "1" stem
        Assert.Equal(Rgb.White, canvas.GetPixel(0, 0));
        Assert.True(BitmapFont.IsSet('\u00e9', 0, 0));
        canvas.DrawLine(0, 9, 39, 9, Rgb.Black);
        Assert.Equal(Rgb.Black, canvas.GetPixel(20, 9));
    }

    [Fact]
    public void Line_and_bar_charts_render_valid_pngs_even_without_data()
    {
        var line = ChartRenderer.LineChart("CDF", "MS", "FRACTION",
            [new ChartSeries("A", ChartRenderer.Cdf([3, 1, 2])), new ChartSeries("EMPTY", [])], yMax: 1);
        Assert.Equal((ChartFrameSize.Width, ChartFrameSize.Height), PngValidator.Validate(line));
        var bars = ChartRenderer.StackedBars("STAGES", "MS", ["X", "Y"], [("S1", [1.0, 2.0]), ("S2", [double.NaN, 4.0])]);
        PngValidator.Validate(bars);
        PngValidator.Validate(ChartRenderer.StackedBars("NONE", "MS", [], []));
    }

    [Fact]
    public void Cdf_is_ascending_and_ends_at_one()
    {
        var cdf = ChartRenderer.Cdf([5, double.NaN, 1, 3]);
        Assert.Equal([(1, 0), (1, 1 / 3.0), (3, 2 / 3.0), (5, 1)], cdf);
    }

    private static byte[] Inflate(byte[] png)
    {
        int length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(png, 41, length), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static class ChartFrameSize
    {
        public const int Width = 800;
        public const int Height = 500;
    }
}
