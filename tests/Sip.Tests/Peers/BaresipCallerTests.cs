using System.Diagnostics;
using MediaCore.Sip.Calls;

namespace MediaCore.Sip.Tests.Peers;

/// <summary>baresip (a real softphone) dials our endpoint: signalling only, media is the port-only fake.</summary>
public sealed class BaresipCallerTests
{
    [Fact]
    public async Task Baresip_EstablishesACallWithUs_AndWeHangUp()
    {
        await using var ep = new TestEndpoint();
        var answered = new TaskCompletionSource<SipCall>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        ep.Endpoint.IncomingCall += call =>
        {
            call.Answered += c => answered.TrySetResult(c);
            call.Ended += (_, e) => ended.TrySetResult(e);
            call.Ring();
            call.Answer();
        };
        int rtp = SippRunner.FreePort() & ~1;
        string conf = Directory.CreateTempSubdirectory("baresip-").FullName;
        await File.WriteAllTextAsync(Path.Combine(conf, "config"),
            "module_path /usr/lib/baresip/modules\n" +
            $"sip_listen 127.0.0.1:{SippRunner.FreePort()}\n" +
            $"audio_source aufile,{conf}/silence.wav\nausrc_srate 8000\nausrc_channels 1\naudio_player alsa,null\naudio_alert alsa,null\n" +
            $"rtp_ports {rtp}-{rtp + 3}\n" +
            "module g711.so\nmodule aufile.so\nmodule alsa.so\nmodule_app account.so\nmodule_app menu.so\n");
        await File.WriteAllBytesAsync(Path.Combine(conf, "silence.wav"), SilentWav(TimeSpan.FromSeconds(10)));
        await File.WriteAllTextAsync(Path.Combine(conf, "accounts"), "<sip:ci@127.0.0.1>;regint=0\n");

        var psi = new ProcessStartInfo("baresip", $"-f {conf} -e \"/dial sip:service@{ep.Address}\" -t 3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            var first = await Task.WhenAny(answered.Task, Task.Delay(TimeSpan.FromSeconds(10)));
            if (first != answered.Task) { process.Kill(true); Assert.Fail("no answer\n" + string.Join("\n", ep.Log) + "\n" + await output + await process.StandardError.ReadToEndAsync()); }
            var call = await answered.Task;
            Assert.Equal("PCMU", call.NegotiatedMedia!.Codec.Name); // our preference among baresip's opus/PCMU/PCMA offer
            call.Hangup();
            var reason = (await ended.Task.WaitAsync(TimeSpan.FromSeconds(10))).Reason;
            if (reason != CallEndReason.LocalHangup) { process.Kill(true); Assert.Fail(reason + "\n" + await output); }
        }
        finally
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try { await process.WaitForExitAsync(cts.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
            Directory.Delete(conf, recursive: true);
        }
        string log = await output;
        Assert.Contains("Call established", log, StringComparison.Ordinal);
    }

    /// <summary>8 kHz mono PCM16 silence: baresip's aufile source ends the call when the file ends.</summary>
    private static byte[] SilentWav(TimeSpan length)
    {
        int samples = (int)(8000 * length.TotalSeconds);
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8); writer.Write(36 + samples * 2); writer.Write("WAVE"u8);
        writer.Write("fmt "u8); writer.Write(16); writer.Write((short)1); writer.Write((short)1);
        writer.Write(8000); writer.Write(16000); writer.Write((short)2); writer.Write((short)16);
        writer.Write("data"u8); writer.Write(samples * 2); writer.Write(new byte[samples * 2]);
        writer.Flush();
        return stream.ToArray();
    }
}
