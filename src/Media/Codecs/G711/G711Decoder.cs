using MediaCore.Media.Codecs.Concealment;
using MediaCore.Media.Frames;

namespace MediaCore.Media.Codecs.G711;

/// <summary>PCMU/PCMA RTP payload decoder; conceals losses by repeating the last frame with a fade (G.711 has no PLC).</summary>
public sealed class G711Decoder : IAudioDecoder
{
    /// <summary>The longest payload remembered for concealment: 120 ms, beyond any ptime a trunk offers for G.711.</summary>
    public const int MaxFrameSamples = SampleRates.Narrowband * 120 / 1000;

    private readonly RepeatFadeConcealer _concealer =
        new(AudioFrame.SamplesPerFrame(SampleRates.Narrowband), MaxFrameSamples);

    public G711Decoder(G711Law law) => Law = law;

    public G711Law Law { get; }

    public int SampleRate => SampleRates.Narrowband;

    public int Decode(ReadOnlySpan<byte> payload, Span<short> pcm)
    {
        if (payload.IsEmpty || pcm.Length < payload.Length)
            return -1;
        var decoded = pcm[..payload.Length];
        if (Law == G711Law.MuLaw)
            MuLaw.Decode(payload, decoded);
        else
            ALaw.Decode(payload, decoded);
        _concealer.Remember(decoded);
        return payload.Length;
    }

    public int Conceal(Span<short> pcm) => _concealer.Conceal(pcm);

    public void Dispose()
    {
    }
}
