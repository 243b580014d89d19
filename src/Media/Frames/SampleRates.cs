namespace MediaCore.Media.Frames;

/// <summary>The sample rates MediaCore moves audio at: telephony (8 kHz), speech models (16 kHz), TTS voices (22.05/24 kHz), Opus (48 kHz).</summary>
public static class SampleRates
{
    public const int Narrowband = 8_000;
    public const int Wideband = 16_000;
    public const int Voice22050 = 22_050;
    public const int Voice24000 = 24_000;
    public const int Fullband = 48_000;

    public static bool IsSupported(int sampleRate) =>
        sampleRate is Narrowband or Wideband or Voice22050 or Voice24000 or Fullband;
}
