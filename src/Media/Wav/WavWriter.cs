using System.Buffers.Binary;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Media.Wav;

/// <summary>Writes canonical 44-byte-header WAV files (RIFF, fmt, data) as 16-bit PCM or µ-law.</summary>
public static class WavWriter
{
    private const int HeaderSize = 44;
    private const int FmtBodySize = 16;

    public static void Write(string path, WavAudio audio, WavSampleFormat format = WavSampleFormat.Pcm16) =>
        File.WriteAllBytes(path, ToBytes(audio, format));

    public static byte[] ToBytes(WavAudio audio, WavSampleFormat format = WavSampleFormat.Pcm16)
    {
        var bytesPerSample = format == WavSampleFormat.Pcm16 ? 2 : 1;
        var dataSize = audio.Samples.Length * bytesPerSample;
        var padded = dataSize + (dataSize & 1);
        var file = new byte[HeaderSize + padded];
        var span = file.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(file.Length - 8));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], FmtBodySize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], (ushort)format);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)audio.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)audio.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(audio.SampleRate * audio.Channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)(audio.Channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], (ushort)(bytesPerSample * 8));
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)dataSize);
        var data = span.Slice(HeaderSize, dataSize);
        if (format == WavSampleFormat.MuLaw)
            MuLaw.Encode(audio.Samples, data);
        else
            for (var i = 0; i < audio.Samples.Length; i++)
                BinaryPrimitives.WriteInt16LittleEndian(data[(i * 2)..], audio.Samples[i]);
        return file;
    }
}
