using BenchmarkDotNet.Attributes;
using MediaCore.Media.Rtcp;

namespace MediaCore.Bench.Media;

/// <summary>RTCP Receiver Report with one report block: build from receiver statistics and parse. Goal: 0 B.</summary>
[MemoryDiagnoser]
public class RtpControlBenchmarks
{
    private readonly byte[] _output = new byte[1500];
    private readonly byte[] _receiverReport = new byte[32];
    private readonly RtcpReportBlock[] _blocks = new RtcpReportBlock[1];
    private RtpReceiverStatistics _statistics = null!;

    [GlobalSetup]
    public void Setup()
    {
        _statistics = new RtpReceiverStatistics(0xCAFE, 8000, minSequential: 0);
        for (int i = 0; i < 500; i++)
            _statistics.OnPacket((ushort)i, (uint)(i * 160), TimeSpan.FromMilliseconds(20 * i + i % 3));
        _statistics.OnSenderReport(0xE94A5B60_80000000ul, TimeSpan.FromSeconds(9));
        _blocks[0] = _statistics.CreateReportBlock(TimeSpan.FromSeconds(10));
        new RtcpReceiverReport(0x1234, new RtcpReportBlockList(_blocks)).TryWrite(_receiverReport, out _);
    }

    [Benchmark]
    public int BuildReceiverReport()
    {
        _blocks[0] = _statistics.CreateReportBlock(TimeSpan.FromSeconds(10));
        new RtcpReceiverReport(0x1234, new RtcpReportBlockList(_blocks)).TryWrite(_output, out int written);
        return written;
    }

    [Benchmark]
    public uint ParseReceiverReport()
    {
        RtcpReceiverReport.TryParse(_receiverReport, out var report, out _);
        return report.Reports[0].Jitter + report.Ssrc;
    }
}
