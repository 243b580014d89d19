using BenchmarkDotNet.Attributes;
using MediaCore.Inference.Vad;

namespace MediaCore.Bench.Inference;

/// <summary>The pure C# fallback VAD per 20 ms frame (320 samples at 16 kHz).</summary>
[MemoryDiagnoser]
public class EnergyVadBenchmarks
{
    private readonly EnergyVoiceActivityDetector detector = new(16000);
    private readonly short[] frame = VadBenchSignal.Voiced(16000, 320);

    [Benchmark]
    public float EnergyFrame320() => detector.Process(frame);
}
