using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.Vad;

/// <summary>
/// The fallback detector when ONNX Runtime or the Silero model is unavailable: pure C#, 20 ms frames.
/// A frame is speech when its energy stands well above an adaptive noise floor (which follows quiet frames quickly
/// and loud frames only slowly, so steady line noise and hum become the floor while speech does not) and above an
/// absolute level; a noise-like zero-crossing rate (white-ish hiss) lowers the score.
/// </summary>
public sealed class EnergyVoiceActivityDetector : IVoiceActivityDetector
{
    private const double FullScaleSquared = 32768.0 * 32768.0;
    private const float SilenceDb = -100f;
    // Below any analogue line's noise: such frames come from muting, DTX or fades, not from the line.
    private const float DigitalSilenceDb = -80f;
    // Level and SNR thresholds: telephone speech sits around -20..-35 dBFS; anything under -50 dBFS is not a talker.
    private const float MinSpeechDb = -50f;
    private const float SnrThresholdDb = 10f;
    private const float SnrSlopeDb = 2.5f;
    // The floor drops halfway to a quieter frame at once, and rises at most 0.1 dB per frame (5 dB/s) after warm-up.
    private const float FloorFallRate = 0.5f;
    private const float FloorRiseRate = 0.05f;
    private const float MaxFloorRiseDb = 0.1f;
    // During the first 200 ms the floor follows the line quickly: a call that starts on hum or hiss learns it at once.
    private const int WarmUpFrames = 10;
    private const float WarmUpRiseRate = 0.5f;
    // Voiced speech crosses zero rarely (< 0.25 per sample); white noise about half the time.
    private const float NoiseLikeZeroCrossingRate = 0.35f;
    private const float ZeroCrossingPenaltyDb = 40f; // per unit of rate above the noise-like limit: 6 dB at 0.5

    private readonly int frameSize;
    private double sumSquares;
    private int zeroCrossings;
    private int count;
    private short previous;
    private int framesSeen;
    private float noiseFloorDb;
    private float latest;

    public EnergyVoiceActivityDetector(int sampleRate)
    {
        if (sampleRate is not (8000 or 16000))
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "The energy detector runs at 8000 or 16000 Hz.");
        SampleRate = sampleRate;
        frameSize = sampleRate / 50;
    }

    public int SampleRate { get; }

    /// <summary>The current noise-floor estimate in dBFS (for diagnostics).</summary>
    public float NoiseFloorDb => noiseFloorDb;

    public float Process(ReadOnlySpan<short> pcm)
    {
        foreach (var sample in pcm)
        {
            sumSquares += sample * (double)sample;
            if ((sample >= 0) != (previous >= 0))
                zeroCrossings++;
            previous = sample;
            if (++count == frameSize)
                EndFrame();
        }
        return latest;
    }

    public void Reset()
    {
        sumSquares = 0;
        zeroCrossings = 0;
        count = 0;
        previous = 0;
        framesSeen = 0;
        noiseFloorDb = 0;
        latest = 0;
    }

    public void Dispose()
    {
    }

    private void EndFrame()
    {
        var energyDb = sumSquares > 0 ? Math.Max(SilenceDb, (float)(10 * Math.Log10(sumSquares / count / FullScaleSquared))) : SilenceDb;
        var zeroCrossingRate = (float)zeroCrossings / count;
        latest = Score(energyDb, zeroCrossingRate);
        UpdateFloor(energyDb);
        sumSquares = 0;
        zeroCrossings = 0;
        count = 0;
    }

    // Scored against the floor as it was before this frame, so a sudden onset counts fully.
    private float Score(float energyDb, float zeroCrossingRate)
    {
        if (framesSeen == 0 || energyDb < MinSpeechDb)
            return 0f;
        var margin = energyDb - noiseFloorDb - SnrThresholdDb;
        if (zeroCrossingRate > NoiseLikeZeroCrossingRate)
            margin -= (zeroCrossingRate - NoiseLikeZeroCrossingRate) * ZeroCrossingPenaltyDb;
        return 1f / (1f + MathF.Exp(-margin / SnrSlopeDb));
    }

    // Digital silence (a muted or DTX line) says nothing about the line's noise: it leaves the floor alone,
    // so the background that follows it becomes the floor instead of looking like a 60 dB speech onset.
    private void UpdateFloor(float energyDb)
    {
        if (energyDb < DigitalSilenceDb)
            return;
        if (framesSeen++ == 0)
        {
            noiseFloorDb = energyDb;
            return;
        }
        var delta = energyDb - noiseFloorDb;
        if (delta < 0)
            noiseFloorDb += FloorFallRate * delta;
        else if (framesSeen <= WarmUpFrames)
            noiseFloorDb += WarmUpRiseRate * delta;
        else
            noiseFloorDb += Math.Min(FloorRiseRate * delta, MaxFloorRiseDb);
    }
}
