using System.Buffers.Binary;
using System.Text;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Media.Wav;

/// <summary>
/// Reads RIFF/WAVE files holding 16-bit PCM or µ-law (also inside WAVE_FORMAT_EXTENSIBLE), any rate, any channel count.
/// Unknown chunks (LIST, fact, cue, …) are skipped. Anything else raises a <see cref="WavFormatException"/> naming the
/// file and the problem.
/// <code>
/// offset 0  "RIFF" | u32 size | "WAVE" | chunks: 4-byte id, u32 little-endian size, body, pad byte if size is odd
/// fmt  body: u16 format tag, u16 channels, u32 rate, u32 byte rate, u16 block align, u16 bits [, u16 cbSize, u16 valid bits, u32 mask, GUID]
/// </code>
/// </summary>
public static class WavReader
{
    private const int RiffHeaderSize = 12;
    private const int ChunkHeaderSize = 8;
    private const int MinFmtSize = 16;
    private const int ExtensibleSubFormatOffset = 24;
    private const int FormatExtensible = 0xFFFE;
    private const uint StreamingSize = 0xFFFFFFFF; // written by pipes that could not seek back: "to the end"

    public static WavAudio Read(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Parses WAV bytes; <paramref name="sourceName"/> is used only in error messages.</summary>
    public static WavAudio Parse(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.Length < RiffHeaderSize)
            throw new WavFormatException(sourceName, $"too short for a RIFF header ({bytes.Length} bytes).");
        if (!bytes[..4].SequenceEqual("RIFF"u8))
            throw new WavFormatException(sourceName, $"not a RIFF file (starts with '{Ascii(bytes[..4])}').");
        if (!bytes.Slice(8, 4).SequenceEqual("WAVE"u8))
            throw new WavFormatException(sourceName, $"RIFF form type is '{Ascii(bytes.Slice(8, 4))}', not 'WAVE'.");

        WavFmt? fmt = null;
        var offset = RiffHeaderSize;
        while (offset + ChunkHeaderSize <= bytes.Length)
        {
            var id = bytes.Slice(offset, 4);
            var declared = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(offset + 4, 4));
            var bodyStart = offset + ChunkHeaderSize;
            var remaining = bytes.Length - bodyStart;
            if (id.SequenceEqual("data"u8))
            {
                if (fmt is null)
                    throw new WavFormatException(sourceName, "the data chunk comes before any fmt chunk.");
                if (declared == StreamingSize)
                    declared = (uint)remaining;
                if (declared > remaining)
                    throw new WavFormatException(sourceName, $"truncated: the data chunk declares {declared} bytes but only {remaining} remain.");
                return Decode(bytes.Slice(bodyStart, (int)declared), fmt.Value, sourceName);
            }
            if (declared > remaining)
                throw new WavFormatException(sourceName, $"truncated: the '{Ascii(id)}' chunk declares {declared} bytes but only {remaining} remain.");
            if (id.SequenceEqual("fmt "u8))
                fmt = WavFmt.Parse(bytes.Slice(bodyStart, (int)declared), sourceName);
            offset = bodyStart + (int)declared + (int)(declared & 1);
        }
        throw new WavFormatException(sourceName, fmt is null ? "no fmt chunk." : "truncated: no data chunk.");
    }

    private static WavAudio Decode(ReadOnlySpan<byte> data, WavFmt fmt, string sourceName)
    {
        if (data.Length % fmt.BlockAlign != 0)
            throw new WavFormatException(sourceName, $"truncated: {data.Length} data bytes are not whole frames of {fmt.BlockAlign} bytes.");
        var samples = new short[data.Length / fmt.BytesPerSample];
        if (fmt.Format == WavSampleFormat.MuLaw)
            MuLaw.Decode(data, samples);
        else
            for (var i = 0; i < samples.Length; i++)
                samples[i] = BinaryPrimitives.ReadInt16LittleEndian(data.Slice(i * 2, 2));
        return new WavAudio(fmt.SampleRate, fmt.Channels, samples);
    }

    private static string Ascii(ReadOnlySpan<byte> id)
    {
        Span<char> chars = stackalloc char[id.Length];
        for (var i = 0; i < id.Length; i++)
            chars[i] = id[i] is >= 0x20 and < 0x7F ? (char)id[i] : '?';
        return new string(chars);
    }

    private readonly record struct WavFmt(WavSampleFormat Format, int Channels, int SampleRate, int BlockAlign, int BytesPerSample)
    {
        public static WavFmt Parse(ReadOnlySpan<byte> body, string sourceName)
        {
            if (body.Length < MinFmtSize)
                throw new WavFormatException(sourceName, $"the fmt chunk has {body.Length} bytes, fewer than {MinFmtSize}.");
            int tag = BinaryPrimitives.ReadUInt16LittleEndian(body);
            int channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
            var rate = BinaryPrimitives.ReadUInt32LittleEndian(body[4..]);
            int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(body[12..]);
            int bits = BinaryPrimitives.ReadUInt16LittleEndian(body[14..]);
            if (tag == FormatExtensible && body.Length >= ExtensibleSubFormatOffset + 2)
                tag = BinaryPrimitives.ReadUInt16LittleEndian(body[ExtensibleSubFormatOffset..]);
            if (channels == 0 || rate == 0 || rate > int.MaxValue)
                throw new WavFormatException(sourceName, $"invalid fmt chunk: {channels} channels at {rate} Hz.");
            var format = (tag, bits) switch
            {
                ((int)WavSampleFormat.Pcm16, 16) => WavSampleFormat.Pcm16,
                ((int)WavSampleFormat.MuLaw, 8) => WavSampleFormat.MuLaw,
                _ => throw new WavFormatException(sourceName,
                    $"unsupported format: tag {tag} with {bits} bits per sample (supported: PCM 16-bit, µ-law 8-bit)."),
            };
            var bytesPerSample = bits / 8;
            if (blockAlign != channels * bytesPerSample)
                throw new WavFormatException(sourceName, $"invalid fmt chunk: block align {blockAlign} for {channels} channels of {bits} bits.");
            return new WavFmt(format, channels, (int)rate, blockAlign, bytesPerSample);
        }
    }
}
