using BenchmarkDotNet.Attributes;
using MediaCore.Media.Codecs.Opus;

namespace MediaCore.Bench.Media;

/// <summary>One 20 ms Opus frame at 16 kHz mono, 24 kbit/s, VOIP application (libopus through P/Invoke).</summary>
[MemoryDiagnoser]
public class OpusCodecBenchmarks
{
    private const int Rate = 16000;
    private const int Frame = 320;
    private readonly short[] _pcm = new short[Frame];
    private readonly short[] _decoded = new short[Frame];
    private readonly byte[] _payload = new byte[OpusEncoder.MaxPacketBytes];
    private OpusEncoder _encoder = null!;
    private OpusDecoder _decoder = null!;
    private int _packetLength;

    [GlobalSetup]
    public void Setup()
    {
        _encoder = new OpusEncoder(Rate);
        _decoder = new OpusDecoder(Rate);
        var random = new Random(1);
        for (var i = 0; i < Frame; i++)
            _pcm[i] = (short)(6000 * Math.Sin(2 * Math.PI * 220 * i / Rate) + random.Next(-500, 500));
        _packetLength = _encoder.Encode(_pcm, _payload);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _encoder.Dispose();
        _decoder.Dispose();
    }

    [Benchmark]
    public int OpusEncodeFrame() => _encoder.Encode(_pcm, _payload);

    [Benchmark]
    public int OpusDecodeFrame() => _decoder.Decode(_payload.AsSpan(0, _packetLength), _decoded);

    [Benchmark]
    public int OpusConcealFrame() => _decoder.Conceal(_decoded);
}
