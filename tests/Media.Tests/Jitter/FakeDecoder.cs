using MediaCore.Media.Codecs;

namespace MediaCore.Media.Tests.Jitter;

/// <summary>Test-only decoder: "decodes" a payload to samples equal to its first byte; conceals with -1s; 0xEE is corrupt.</summary>
internal sealed class FakeDecoder : IAudioDecoder
{
    public const byte CorruptMarker = 0xEE;

    public int SampleRate => 8000;

    public int Decodes { get; private set; }

    public int Conceals { get; private set; }

    public int Decode(ReadOnlySpan<byte> payload, Span<short> pcm)
    {
        if (payload.IsEmpty || payload[0] == CorruptMarker)
            return -1;
        Decodes++;
        pcm[..160].Fill(payload[0]);
        return 160;
    }

    public int Conceal(Span<short> pcm)
    {
        Conceals++;
        pcm[..160].Fill(-1);
        return 160;
    }

    public void Dispose()
    {
    }
}
