using MediaCore.Media.Frames;

namespace MediaCore.Media.Codecs.G711;

/// <summary>PCMU/PCMA RTP payload encoder (RFC 3551 §4.5.14): one code word per 8 kHz sample, no framing.</summary>
public sealed class G711Encoder : IAudioEncoder
{
    public G711Encoder(G711Law law) => Law = law;

    public G711Law Law { get; }

    public int SampleRate => SampleRates.Narrowband;

    public int Encode(ReadOnlySpan<short> pcm, Span<byte> payload)
    {
        if (payload.Length < pcm.Length)
            return -1;
        if (Law == G711Law.MuLaw)
            MuLaw.Encode(pcm, payload);
        else
            ALaw.Encode(pcm, payload);
        return pcm.Length;
    }

    public void Dispose()
    {
    }
}
