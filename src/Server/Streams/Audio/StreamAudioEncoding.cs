namespace MediaCore.Server.Streams.Audio;

/// <summary>How samples travel inside a stream payload.</summary>
public enum StreamAudioEncoding
{
    /// <summary>16-bit signed linear PCM, little-endian (Exotel audio/x-raw, Plivo audio/x-l16).</summary>
    Linear16,

    /// <summary>G.711 µ-law, one byte per sample (audio/x-mulaw).</summary>
    MuLaw,
}
