using BenchmarkDotNet.Attributes;
using MediaCore.Media.Rtp;

namespace MediaCore.Bench.Media;

/// <summary>RTP parse and serialise of a 172-byte PCMU packet (12-byte header + 160 bytes of 20 ms µ-law). Goal: 0 B.</summary>
[MemoryDiagnoser]
public class RtpBenchmarks
{
    private readonly byte[] _datagram = new byte[172];
    private readonly byte[] _payload = new byte[160];
    private readonly byte[] _output = new byte[1500];

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_payload);
        new RtpPacket(new RtpHeader(0, 4242, 160_000, 0xDEADBEEF), _payload).TryWrite(_datagram, out _);
    }

    [Benchmark]
    public int ParsePcmu()
    {
        RtpPacket.TryParse(_datagram, out var packet, out _);
        return packet.Payload.Length + packet.SequenceNumber;
    }

    [Benchmark]
    public int SerializePcmu()
    {
        var packet = new RtpPacket(new RtpHeader(0, 4242, 160_000, 0xDEADBEEF), _payload);
        packet.TryWrite(_output, out int written);
        return written;
    }
}
