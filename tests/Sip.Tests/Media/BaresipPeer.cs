using MediaCore.Media.Wav;
using MediaCore.Sip.Tests.Peers;

namespace MediaCore.Sip.Tests.Media;

/// <summary>
/// baresip as a caller (NATIVE-NOTES "Real SIP peers"): sends an 8 kHz WAV through the aufile source (the call ends
/// when it ends), records what it hears with the sndfile module (dump-*-dec.wav), and offers the codecs given.
/// </summary>
public sealed class BaresipPeer : IAsyncDisposable
{
    private BaresipPeer(string folder, PeerProcess process)
    {
        Folder = folder;
        Process = process;
    }

    public string Folder { get; }
    public PeerProcess Process { get; }

    /// <param name="codecs">baresip's audio_codecs account parameter, e.g. "opus/48000/2" or "PCMA"; null = its defaults.</param>
    public static async Task<BaresipPeer> DialAsync(string target, WavAudio send8k, string? codecs, TimeSpan runFor)
    {
        string folder = Directory.CreateTempSubdirectory("baresip-media-").FullName;
        int rtp = SippRunner.FreePort() & ~1;
        WavWriter.Write(Path.Combine(folder, "send.wav"), send8k);
        await File.WriteAllTextAsync(Path.Combine(folder, "config"),
            "module_path /usr/lib/baresip/modules\n" +
            $"sip_listen 127.0.0.1:{SippRunner.FreePort()}\n" +
            $"audio_source aufile,{folder}/send.wav\nausrc_srate 8000\nausrc_channels 1\n" +
            "audio_player alsa,null\naudio_alert alsa,null\n" +
            $"rtp_ports {rtp}-{rtp + 3}\nsnd_path {folder}\n" +
            "module g711.so\nmodule opus.so\nmodule aufile.so\nmodule alsa.so\nmodule sndfile.so\n" +
            "module_app account.so\nmodule_app menu.so\n");
        string account = "<sip:ci@127.0.0.1>;regint=0" + (codecs is null ? "" : ";audio_codecs=" + codecs);
        await File.WriteAllTextAsync(Path.Combine(folder, "accounts"), account + "\n");
        var process = PeerProcess.Start("baresip", $"-f {folder} -e \"/dial sip:service@{target}\" -t {(int)runFor.TotalSeconds}", folder);
        return new BaresipPeer(folder, process);
    }

    /// <summary>What baresip decoded from our RTP (null when it recorded nothing).</summary>
    public WavAudio? ReadHeard()
    {
        var file = Directory.GetFiles(Folder, "dump-*-dec.wav").FirstOrDefault();
        return file is null ? null : WavReader.Read(file).ToMono();
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        if (Environment.GetEnvironmentVariable("MEDIACORE_KEEP_PEER_DIRS") is null)
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
