using System.Buffers.Binary;
using MediaCore.Media.Codecs.Concealment;
using MediaCore.Media.Frames;

namespace MediaCore.Media.Codecs.L16;

/// <summary>L16 RTP payload decoder (RFC 3551 §4.5.11, big-endian PCM16); conceals losses by repeat-and-fade.</summary>
public sealed class L16Decoder : IAudioDecoder
{
    private readonly RepeatFadeConcealer _concealer;

    public L16Decoder(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        SampleRate = sampleRate;
        // Remember up to 120 ms, the longest ptime worth concealing.
        _concealer = new RepeatFadeConcealer(AudioFrame.SamplesPerFrame(sampleRate), sampleRate * 120 / 1000);
    }

    public int SampleRate { get; }

    /// <summary>Returns -1 for an empty or odd-length payload (not whole samples) or a too-small buffer.</summary>
    public int Decode(ReadOnlySpan<byte> payload, Span<short> pcm)
    {
        if (payload.IsEmpty || payload.Length % L16Encoder.BytesPerSample != 0)
            return -1;
        var samples = payload.Length / L16Encoder.BytesPerSample;
        if (pcm.Length < samples)
            return -1;
        for (var i = 0; i < samples; i++)
            pcm[i] = BinaryPrimitives.ReadInt16BigEndian(payload.Slice(i * L16Encoder.BytesPerSample));
        _concealer.Remember(pcm[..samples]);
        return samples;
    }

    public int Conceal(Span<short> pcm) => _concealer.Conceal(pcm);

    public void Dispose()
    {
    }
}
