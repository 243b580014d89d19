namespace MediaCore.Media.Codecs;

/// <summary>Decodes RTP payloads to PCM16 and conceals lost frames. Implementations allocate nothing per frame.</summary>
public interface IAudioDecoder : IDisposable
{
    /// <summary>The PCM rate this decoder produces.</summary>
    int SampleRate { get; }

    /// <summary>Decodes one payload into <paramref name="pcm"/>; returns samples written, or -1 on a corrupt payload.</summary>
    int Decode(ReadOnlySpan<byte> payload, Span<short> pcm);

    /// <summary>Fills one frame for a lost packet (codec PLC, or repeat-and-fade); returns samples written.</summary>
    int Conceal(Span<short> pcm);
}
