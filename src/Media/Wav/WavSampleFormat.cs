namespace MediaCore.Media.Wav;

/// <summary>The WAVE format tags MediaCore reads and writes (the value is the fmt chunk's wFormatTag).</summary>
public enum WavSampleFormat
{
    /// <summary>WAVE_FORMAT_PCM, 16 bits per sample, little-endian.</summary>
    Pcm16 = 1,

    /// <summary>WAVE_FORMAT_MULAW, 8-bit G.711 µ-law.</summary>
    MuLaw = 7,
}
