using System.Buffers.Binary;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>Reads a PCM16 WAV (any rate, first channel) and resamples it linearly to 16 kHz for whisper tests.</summary>
internal static class TestWav
{
    public static short[] Read16k(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var (rate, channels, start, length) = Parse(bytes);
        var data = bytes.AsSpan(start, length);
        var frames = data.Length / (2 * channels);
        var source = new short[frames];
        for (var i = 0; i < frames; i++)
            source[i] = BinaryPrimitives.ReadInt16LittleEndian(data.Slice(i * 2 * channels));
        return rate == 16000 ? source : Resample(source, rate, 16000);
    }

    private static (int Rate, int Channels, int Start, int Length) Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 12 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WAVE"u8))
            throw new InvalidDataException("not a RIFF/WAVE file");
        int rate = 0, channels = 0, bits = 0;
        for (var offset = 12; offset + 8 <= bytes.Length;)
        {
            var id = bytes.Slice(offset, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(offset + 4));
            var bodyLength = Math.Min(size, bytes.Length - offset - 8);
            var body = bytes.Slice(offset + 8, bodyLength);
            if (id.SequenceEqual("fmt "u8))
            {
                channels = BinaryPrimitives.ReadInt16LittleEndian(body.Slice(2));
                rate = BinaryPrimitives.ReadInt32LittleEndian(body.Slice(4));
                bits = BinaryPrimitives.ReadInt16LittleEndian(body.Slice(14));
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (bits != 16 || channels < 1)
                    throw new InvalidDataException($"unsupported WAV format: {bits} bits, {channels} channels");
                return (rate, channels, offset + 8, bodyLength);
            }
            offset += 8 + size + (size & 1);
        }
        throw new InvalidDataException("no data chunk");
    }

    private static short[] Resample(short[] source, int fromRate, int toRate)
    {
        var length = (int)((long)source.Length * toRate / fromRate);
        var result = new short[length];
        for (var i = 0; i < length; i++)
        {
            var position = (double)i * fromRate / toRate;
            var index = (int)position;
            var next = Math.Min(index + 1, source.Length - 1);
            var fraction = position - index;
            result[i] = (short)Math.Round(source[index] * (1 - fraction) + source[next] * fraction);
        }
        return result;
    }
}
