using System.Numerics;

namespace MediaCore.Media.Codecs.G711;

/// <summary>
/// ITU-T G.711 µ-law (PCMU), bit-exact with the classic Sun/CCITT reference: bias 0x84, clip 32635, code words inverted.
/// Both directions are table lookups built once (64 Ki entries to encode, 256 to decode), so the per-frame path is
/// one load per sample.
/// </summary>
public static class MuLaw
{
    /// <summary>Added to the magnitude so every segment starts on a power of two (G.711 µ-law bias).</summary>
    public const int Bias = 0x84;

    /// <summary>Largest magnitude that still fits once the bias is added (32635 + 132 = 32767).</summary>
    public const int Clip = 32635;

    private const int SignBit = 0x80;
    private const int MantissaMask = 0x0F;
    private const int ExponentShift = 4;

    private static readonly byte[] EncodeTable = G711Lookup.BuildEncodeTable(EncodeByFormula);
    private static readonly short[] DecodeTable = G711Lookup.BuildDecodeTable(DecodeByFormula);

    /// <summary>Encodes one linear PCM16 sample to a µ-law code word.</summary>
    public static byte Encode(short sample) => EncodeTable[(ushort)sample];

    /// <summary>Decodes one µ-law code word to linear PCM16.</summary>
    public static short Decode(byte codeWord) => DecodeTable[codeWord];

    /// <summary>Encodes <paramref name="pcm"/> into <paramref name="codeWords"/> (which must be at least as long).</summary>
    public static void Encode(ReadOnlySpan<short> pcm, Span<byte> codeWords) =>
        G711Lookup.Encode(EncodeTable, pcm, codeWords);

    /// <summary>Decodes <paramref name="codeWords"/> into <paramref name="pcm"/> (which must be at least as long).</summary>
    public static void Decode(ReadOnlySpan<byte> codeWords, Span<short> pcm) =>
        G711Lookup.Decode(DecodeTable, codeWords, pcm);

    // The exponent is the position of the highest set bit of the biased magnitude (132..32767 → 0..7):
    // the same answer the reference gets by searching the segment end table.
    private static byte EncodeByFormula(short sample)
    {
        var sign = (sample >> 8) & SignBit;
        var magnitude = sign != 0 ? -sample : sample;
        magnitude = Math.Min(magnitude, Clip) + Bias;
        var exponent = BitOperations.Log2((uint)magnitude) - 7;
        var mantissa = (magnitude >> (exponent + 3)) & MantissaMask;
        return (byte)~(sign | (exponent << ExponentShift) | mantissa);
    }

    private static short DecodeByFormula(byte codeWord)
    {
        var u = ~codeWord & 0xFF;
        var exponent = (u >> ExponentShift) & 0x07;
        var magnitude = (((u & MantissaMask) << 3) + Bias) << exponent;
        return (short)((u & SignBit) != 0 ? Bias - magnitude : magnitude - Bias);
    }
}
