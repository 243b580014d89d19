namespace MediaCore.Media.Codecs.G711;

/// <summary>
/// The lookup tables both G.711 laws use: every PCM16 value's code word (64 Ki entries) and every code word's PCM16
/// value (256), computed once from the law's formula, so the per-frame path is one load per sample.
/// </summary>
internal static class G711Lookup
{
    public static byte[] BuildEncodeTable(Func<short, byte> encode)
    {
        var table = new byte[65536];
        for (var i = 0; i < table.Length; i++)
            table[i] = encode((short)i);
        return table;
    }

    public static short[] BuildDecodeTable(Func<byte, short> decode)
    {
        var table = new short[256];
        for (var i = 0; i < table.Length; i++)
            table[i] = decode((byte)i);
        return table;
    }

    public static void Encode(byte[] table, ReadOnlySpan<short> pcm, Span<byte> codeWords)
    {
        if (codeWords.Length < pcm.Length)
            throw new ArgumentException("The destination is shorter than the source.", nameof(codeWords));
        for (var i = 0; i < pcm.Length; i++)
            codeWords[i] = table[(ushort)pcm[i]];
    }

    public static void Decode(short[] table, ReadOnlySpan<byte> codeWords, Span<short> pcm)
    {
        if (pcm.Length < codeWords.Length)
            throw new ArgumentException("The destination is shorter than the source.", nameof(pcm));
        for (var i = 0; i < codeWords.Length; i++)
            pcm[i] = table[codeWords[i]];
    }
}
