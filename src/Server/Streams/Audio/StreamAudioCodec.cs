using System.Buffers.Binary;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Server.Streams.Audio;

/// <summary>Converts between stream payload bytes and PCM16 samples for a <see cref="StreamAudioFormat"/>.</summary>
public static class StreamAudioCodec
{
    /// <summary>Samples held in <paramref name="payloadBytes"/> bytes, or -1 when the length is not whole samples.</summary>
    public static int SampleCount(StreamAudioFormat format, int payloadBytes) =>
        payloadBytes % format.BytesPerSample == 0 ? payloadBytes / format.BytesPerSample : -1;

    /// <summary>Decodes whole samples from <paramref name="payload"/> into <paramref name="pcm"/>; returns the count.</summary>
    public static int Decode(StreamAudioFormat format, ReadOnlySpan<byte> payload, Span<short> pcm)
    {
        if (format.Encoding == StreamAudioEncoding.MuLaw)
        {
            MuLaw.Decode(payload, pcm);
            return payload.Length;
        }
        var count = payload.Length / 2;
        for (var i = 0; i < count; i++)
            pcm[i] = BinaryPrimitives.ReadInt16LittleEndian(payload.Slice(i * 2, 2));
        return count;
    }

    /// <summary>Encodes <paramref name="pcm"/> into <paramref name="payload"/>; returns the bytes written.</summary>
    public static int Encode(StreamAudioFormat format, ReadOnlySpan<short> pcm, Span<byte> payload)
    {
        if (format.Encoding == StreamAudioEncoding.MuLaw)
        {
            MuLaw.Encode(pcm, payload);
            return pcm.Length;
        }
        for (var i = 0; i < pcm.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(payload.Slice(i * 2, 2), pcm[i]);
        return pcm.Length * 2;
    }
}
