using BenchmarkDotNet.Attributes;
using MediaCore.Media.Jitter;

namespace MediaCore.Bench.Media;

/// <summary>One 20 ms frame through the adaptive jitter buffer: Put a 160-byte payload, Get one frame. Goal: 0 B.</summary>
[MemoryDiagnoser]
public class JitterBufferBenchmarks
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);
    private readonly byte[] _payload = new byte[160];
    private AdaptiveJitterBuffer _buffer = null!;
    private ushort _sequence;
    private long _tick;

    [GlobalSetup]
    public void Setup()
    {
        _buffer = new AdaptiveJitterBuffer(new JitterBufferOptions());
        for (int i = 0; i < 100; i++)
            PutAndGet();
    }

    [Benchmark]
    public int PutAndGet()
    {
        _buffer.Put(_sequence, _sequence * 160u, _payload, Frame * _tick);
        _sequence++;
        _tick++;
        return _buffer.Get().Payload.Length;
    }
}
