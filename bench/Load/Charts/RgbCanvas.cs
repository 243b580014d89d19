namespace MediaCore.Bench.Load.Charts;

/// <summary>An RGB raster with the few primitives charts need: pixels, rectangles, thick lines, bitmap text.</summary>
public sealed class RgbCanvas
{
    private readonly byte[] _pixels;

    public RgbCanvas(int width, int height, Rgb background)
    {
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 3];
        FillRectangle(0, 0, width, height, background);
    }

    public int Width { get; }

    public int Height { get; }

    public ReadOnlySpan<byte> Pixels => _pixels;

    public void SetPixel(int x, int y, Rgb colour)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
            return;
        int i = (y * Width + x) * 3;
        _pixels[i] = colour.R;
        _pixels[i + 1] = colour.G;
        _pixels[i + 2] = colour.B;
    }

    public Rgb GetPixel(int x, int y)
    {
        int i = (y * Width + x) * 3;
        return new Rgb(_pixels[i], _pixels[i + 1], _pixels[i + 2]);
    }

    public void FillRectangle(int x, int y, int width, int height, Rgb colour)
    {
        for (int row = Math.Max(0, y); row < Math.Min(Height, y + height); row++)
            for (int column = Math.Max(0, x); column < Math.Min(Width, x + width); column++)
                SetPixel(column, row, colour);
    }

    /// <summary>Bresenham's line, <paramref name="thickness"/> pixels wide (a square pen).</summary>
    public void DrawLine(int x0, int y0, int x1, int y1, Rgb colour, int thickness = 1)
    {
        int dx = Math.Abs(x1 - x0), dy = -Math.Abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        int half = thickness / 2;
        while (true)
        {
            FillRectangle(x0 - half, y0 - half, thickness, thickness, colour);
            if (x0 == x1 && y0 == y1)
                return;
            int e2 = 2 * error;
            if (e2 >= dy) { error += dy; x0 += sx; }
            if (e2 <= dx) { error += dx; y0 += sy; }
        }
    }

    /// <summary>Draws text with its top-left corner at (x, y), each font pixel a <paramref name="scale"/>² block.</summary>
    public void DrawText(int x, int y, string text, Rgb colour, int scale = 1)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int left = x + i * BitmapFont.Advance * scale;
            for (int row = 0; row < BitmapFont.GlyphHeight; row++)
                for (int column = 0; column < BitmapFont.GlyphWidth; column++)
                    if (BitmapFont.IsSet(text[i], column, row))
                        FillRectangle(left + column * scale, y + row * scale, scale, scale, colour);
        }
    }

    public byte[] ToPng() => PngEncoder.Encode(Width, Height, _pixels);
}
