using System.Net;
using System.Net.Sockets;
using MediaCore.Bench.Load;

namespace MediaCore.Bench.Tests;

/// <summary>
/// One short real run shared by the smoke tests: 3 calls of 3 s (real speech, 1.5 s spoken, a talk-over at 2 s)
/// against the in-process echo target and against SIPp's RTP echo, written to a temporary results folder.
/// </summary>
public sealed class SmokeRunFixture() : LoadRunFixture("mediacore-load-", TimeSpan.FromSeconds(60))
{
    protected override LoadOptions Options() => new()
    {
        Scenario = "smoke",
        InProcessTarget = true,
        Calls = 3,
        CallsPerSecond = 20,
        CallSeconds = 3,
        SpeechSeconds = 1.5,
        TalkOverSeconds = [2.0],
        TalkOverLengthSeconds = 0.5,
        Wav = TestPaths.Audio("en_osr_us_000_0034_8k.wav"),
        SippPort = FreeUdpPort(),
        SippMediaPort = FreeMediaPort(),
        OutputDirectory = Directory,
    };

    /// <summary>SIPp's echo binds the media port and media port + 2 (video): both must be free.</summary>
    private static int FreeMediaPort()
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            int port = FreeUdpPort();
            if (port > 65533)
                continue;
            try
            {
                using var plusTwo = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                plusTwo.Bind(new IPEndPoint(IPAddress.Loopback, port + 2));
                return port;
            }
            catch (SocketException)
            {
            }
        }
        throw new InvalidOperationException("No free UDP port pair for SIPp's media.");
    }

    private static int FreeUdpPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
