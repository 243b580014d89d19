namespace MediaCore.Media.Codecs;

/// <summary>Encodes one 20 ms frame of PCM16 into an RTP payload. Implementations allocate nothing per frame.</summary>
public interface IAudioEncoder : IDisposable
{
    /// <summary>The PCM rate this encoder consumes.</summary>
    int SampleRate { get; }

    /// <summary>Encodes <paramref name="pcm"/> (one frame) into <paramref name="payload"/>; returns bytes written, or -1 if it does not fit.</summary>
    int Encode(ReadOnlySpan<short> pcm, Span<byte> payload);
}
