using BenchmarkDotNet.Attributes;
using MediaCore.Inference.Vad;

namespace MediaCore.Bench.Inference;

/// <summary>
/// Silero VAD v5 cost per 512-sample (32 ms) window at 16 kHz with one intra-op thread: the per-call VAD budget.
/// Needs the model (models/cache, ../shared/models or $MEDIACORE_SHARED_DIR/models).
/// </summary>
[MemoryDiagnoser]
public class SileroVadBenchmarks
{
    private SileroVadModel model = null!;
    private SileroVoiceActivityDetector detector = null!;
    private readonly short[] window = VadBenchSignal.Voiced(16000, 512);

    [GlobalSetup]
    public void Setup()
    {
        model = SileroVadModel.Load();
        detector = model.CreateDetector(16000);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        detector.Dispose();
        model.Dispose();
    }

    [Benchmark]
    public float SileroWindow512() => detector.Process(window);
}
