using MediaCore.Media.Codecs.G711;
using MediaCore.Sip.Media;
using MediaCore.Sip.Tests.Peers;

namespace MediaCore.Sip.Tests.Media;

/// <summary>
/// SIPp plays a pcap of G.711 A-law speech RTP into a call (needs root / CAP_NET_RAW for the raw socket); our echo
/// hears it (correlated with the source) and sends it back; our session counters show packets both ways.
/// </summary>
public sealed class SippRtpTests
{
    [Fact]
    public async Task SippPcapSpeech_IsHeardAndEchoed()
    {
        // A second of silence first: the first packets meet a cold receive path (JIT, thread pool) on a loaded machine.
        var speech = SpeechClips.Pad(SpeechClips.Resample(SpeechClips.Jfk(TimeSpan.FromSeconds(5)), 8000), TimeSpan.FromSeconds(1), TimeSpan.Zero);
        string folder = Directory.CreateTempSubdirectory("sipp-pcap-").FullName;
        try
        {
            string pcap = Path.Combine(folder, "speech.pcap");
            RtpPcapWriter.Write(pcap, speech, G711Law.ALaw);
            await File.WriteAllTextAsync(Path.Combine(folder, "uac_pcap.xml"), SippPcapScenario.Create(pcap, TimeSpan.FromSeconds(7)));
            RecordingEchoHandler? echo = null;
            await using var ep = new MediaEndpoint(_ => echo = new RecordingEchoHandler(8000, TimeSpan.FromSeconds(20)));

            await using var sipp = PeerProcess.Start("sipp", $"{ep.Address} -sf uac_pcap.xml -m 1 -l 1 -i 127.0.0.1 -p {SippRunner.FreePort()} " +
                $"-mp {SippRunner.FreePort() & ~1} -nostdin -timeout 20s -timeout_error", folder);
            bool exited = await sipp.WaitForExitAsync(TimeSpan.FromSeconds(25));
            var (call, end) = await ep.Ended.Task.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.True(exited, "sipp hung\n" + sipp.Output);
            Assert.Equal("PCMA", call.NegotiatedMedia!.Codec.Name);

            var stats = call.RtpMedia()!.Session.GetStatistics();
            Assert.True(stats.PacketsReceived >= 250, stats.ToString());   // 300 sent by SIPp
            Assert.True(stats.PacketsSent >= 300, stats.ToString());
            var heard = echo!.Heard.ToWavAudio();
            double r = EnvelopeCorrelation.Aligned(speech.Samples, 8000, heard.Samples, heard.SampleRate, TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(200));
            Assert.True(r >= 0.9, $"what we heard vs the pcap's speech: {r:0.000}; {stats}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
