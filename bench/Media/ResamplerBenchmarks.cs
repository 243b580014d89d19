using BenchmarkDotNet.Attributes;
using MediaCore.Media.Resampling;

namespace MediaCore.Bench.Media;

/// <summary>Resampling one 20 ms frame on the per-call paths: telephony ↔ STT, TTS → telephony, Opus → STT.</summary>
[MemoryDiagnoser]
public class ResamplerBenchmarks
{
    private readonly Resampler _up8To16 = new(8000, 16000);
    private readonly Resampler _down16To8 = new(16000, 8000);
    private readonly Resampler _down22To8 = new(22050, 8000);
    private readonly Resampler _down48To16 = new(48000, 16000);
    private readonly short[] _in8 = Tone(160, 8000);
    private readonly short[] _in16 = Tone(320, 16000);
    private readonly short[] _in22 = Tone(441, 22050);
    private readonly short[] _in48 = Tone(960, 48000);
    private readonly short[] _output = new short[1024];

    [Benchmark]
    public int Resample8kTo16kFrame() => _up8To16.Process(_in8, _output);

    [Benchmark]
    public int Resample16kTo8kFrame() => _down16To8.Process(_in16, _output);

    [Benchmark]
    public int Resample22kTo8kFrame() => _down22To8.Process(_in22, _output);

    [Benchmark]
    public int Resample48kTo16kFrame() => _down48To16.Process(_in48, _output);

    private static short[] Tone(int samples, int rate)
    {
        var tone = new short[samples];
        for (var i = 0; i < samples; i++)
            tone[i] = (short)(9000 * Math.Sin(2 * Math.PI * 440 * i / rate));
        return tone;
    }
}
