using BenchmarkDotNet.Attributes;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Bench.Media;

/// <summary>One 20 ms G.711 frame (160 samples) each way: the per-packet cost on every telephony call.</summary>
[MemoryDiagnoser]
public class G711CodecBenchmarks
{
    private readonly short[] _pcm = new short[160];
    private readonly byte[] _payload = new byte[160];
    private readonly short[] _decoded = new short[160];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _pcm.Length; i++)
            _pcm[i] = (short)(9000 * Math.Sin(2 * Math.PI * 300 * i / 8000));
        MuLaw.Encode(_pcm, _payload);
    }

    [Benchmark]
    public void MuLawEncodeFrame() => MuLaw.Encode(_pcm, _payload);

    [Benchmark]
    public void MuLawDecodeFrame() => MuLaw.Decode(_payload, _decoded);

    [Benchmark]
    public void ALawEncodeFrame() => ALaw.Encode(_pcm, _payload);

    [Benchmark]
    public void ALawDecodeFrame() => ALaw.Decode(_payload, _decoded);
}
