using System.Buffers.Binary;

namespace MediaCore.Media.Codecs.L16;

/// <summary>
/// L16 RTP payload encoder (RFC 3551 §4.5.11): uncompressed signed 16-bit samples in network (big-endian) byte order,
/// at whatever rate the SDP names.
/// </summary>
public sealed class L16Encoder : IAudioEncoder
{
    public const int BytesPerSample = 2;

    public L16Encoder(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        SampleRate = sampleRate;
    }

    public int SampleRate { get; }

    public int Encode(ReadOnlySpan<short> pcm, Span<byte> payload)
    {
        var bytes = pcm.Length * BytesPerSample;
        if (payload.Length < bytes)
            return -1;
        for (var i = 0; i < pcm.Length; i++)
            BinaryPrimitives.WriteInt16BigEndian(payload.Slice(i * BytesPerSample), pcm[i]);
        return bytes;
    }

    public void Dispose()
    {
    }
}
