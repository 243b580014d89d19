using System.Numerics;

namespace MediaCore.Media.Codecs.G711;

/// <summary>
/// ITU-T G.711 A-law (PCMA), bit-exact with the classic Sun/CCITT reference: 13-bit magnitude, even bits
/// inverted by XOR 0x55. Both directions are table lookups built once (64 Ki entries to encode, 256 to decode).
/// </summary>
public static class ALaw
{
    /// <summary>Every other bit of an A-law code word is inverted on the wire (G.711 §A).</summary>
    public const int EvenBitInversion = 0x55;

    private const int SignBit = 0x80;
    private const int PositiveMask = SignBit | EvenBitInversion; // 0xD5
    private const int MantissaMask = 0x0F;
    private const int SegmentShift = 4;

    private static readonly byte[] EncodeTable = G711Lookup.BuildEncodeTable(EncodeByFormula);
    private static readonly short[] DecodeTable = G711Lookup.BuildDecodeTable(DecodeByFormula);

    /// <summary>Encodes one linear PCM16 sample to an A-law code word.</summary>
    public static byte Encode(short sample) => EncodeTable[(ushort)sample];

    /// <summary>Decodes one A-law code word to linear PCM16.</summary>
    public static short Decode(byte codeWord) => DecodeTable[codeWord];

    /// <summary>Encodes <paramref name="pcm"/> into <paramref name="codeWords"/> (which must be at least as long).</summary>
    public static void Encode(ReadOnlySpan<short> pcm, Span<byte> codeWords) =>
        G711Lookup.Encode(EncodeTable, pcm, codeWords);

    /// <summary>Decodes <paramref name="codeWords"/> into <paramref name="pcm"/> (which must be at least as long).</summary>
    public static void Decode(ReadOnlySpan<byte> codeWords, Span<short> pcm) =>
        G711Lookup.Decode(DecodeTable, codeWords, pcm);

    // A-law works on 13 bits; negative values use the one's complement so -1 and 0 share a magnitude of 0.
    // The segment is the highest set bit above bit 4 (magnitudes below 32 are segment 0, linear).
    private static byte EncodeByFormula(short sample)
    {
        var value = sample >> 3;
        var mask = PositiveMask;
        if (value < 0)
        {
            value = ~value;
            mask = EvenBitInversion;
        }
        var segment = value < 32 ? 0 : BitOperations.Log2((uint)value) - 4;
        var mantissa = (segment < 2 ? value >> 1 : value >> segment) & MantissaMask;
        return (byte)(((segment << SegmentShift) | mantissa) ^ mask);
    }

    private static short DecodeByFormula(byte codeWord)
    {
        var a = codeWord ^ EvenBitInversion;
        var segment = (a >> SegmentShift) & 0x07;
        var magnitude = (a & MantissaMask) << 4;
        magnitude = segment == 0 ? magnitude + 8 : (magnitude + 0x108) << (segment - 1);
        return (short)((a & SignBit) != 0 ? magnitude : -magnitude);
    }
}
