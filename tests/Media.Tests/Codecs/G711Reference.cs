namespace MediaCore.Media.Tests.Codecs;

/// <summary>
/// An independent, deliberately plain transcription of the ITU-T G.711 / Sun reference algorithm (segment search by
/// table scan, then shift), used only to check the production lookup tables. Decoding uses the standard's closed
/// form ((2m + 33) · 2^e − 33 for µ-law; 2m + 1 or (2m + 33) · 2^(e−1) for A-law) rather than the Sun bit tricks.
/// </summary>
internal static class G711Reference
{
    private static readonly int[] MuLawSegmentEnds = [0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF, 0x3FFF, 0x7FFF];
    private static readonly int[] ALawSegmentEnds = [0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF];

    public static byte LinearToMuLaw(int pcm)
    {
        const int bias = 0x84, clip = 32635;
        var negative = pcm < 0;
        var magnitude = negative ? -pcm : pcm;
        if (magnitude > clip)
            magnitude = clip;
        magnitude += bias;
        var segment = Search(magnitude, MuLawSegmentEnds);
        var mantissa = (magnitude >> (segment + 3)) & 0x0F;
        var code = (segment << 4) | mantissa;
        if (negative)
            code |= 0x80;
        return (byte)(~code & 0xFF);
    }

    public static int MuLawToLinear(byte codeWord)
    {
        var inverted = ~codeWord & 0xFF;
        var negative = (inverted & 0x80) != 0;
        var exponent = (inverted >> 4) & 0x07;
        var mantissa = inverted & 0x0F;
        var magnitude14 = (2 * mantissa + 33) * (1 << exponent) - 33;
        var magnitude = magnitude14 * 4;
        return negative ? -magnitude : magnitude;
    }

    public static byte LinearToALaw(int pcm)
    {
        var value = pcm >> 3; // 13-bit
        int mask;
        if (value >= 0)
        {
            mask = 0xD5;
        }
        else
        {
            mask = 0x55;
            value = -value - 1;
        }
        var segment = Search(value, ALawSegmentEnds);
        if (segment >= 8)
            return (byte)(0x7F ^ mask);
        var code = segment << 4;
        code |= segment < 2 ? (value >> 1) & 0x0F : (value >> segment) & 0x0F;
        return (byte)(code ^ mask);
    }

    public static int ALawToLinear(byte codeWord)
    {
        var a = codeWord ^ 0x55;
        var positive = (a & 0x80) != 0;
        var segment = (a >> 4) & 0x07;
        var mantissa = a & 0x0F;
        var magnitude13 = segment == 0 ? 2 * mantissa + 1 : (2 * mantissa + 33) * (1 << (segment - 1));
        var magnitude = magnitude13 * 8;
        return positive ? magnitude : -magnitude;
    }

    private static int Search(int value, int[] segmentEnds)
    {
        for (var i = 0; i < segmentEnds.Length; i++)
            if (value <= segmentEnds[i])
                return i;
        return segmentEnds.Length;
    }
}
