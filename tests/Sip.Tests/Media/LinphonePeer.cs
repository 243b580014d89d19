using MediaCore.Media.Wav;
using MediaCore.Sip.Tests.Peers;

namespace MediaCore.Sip.Tests.Media;

/// <summary>
/// linphonec (Debian linphone-cli) as a caller (NATIVE-NOTES "Real SIP peers"): the files sound card, `record FILE`
/// for what it hears, `play FILE` for what it sends, and only the codecs enabled in its linphonerc.
/// </summary>
public sealed class LinphonePeer : IAsyncDisposable
{
    private LinphonePeer(string folder, PeerProcess process)
    {
        Folder = folder;
        Process = process;
    }

    public string Folder { get; }
    public PeerProcess Process { get; }
    public string HeardPath => Path.Combine(Folder, "heard.wav");

    /// <param name="codec">The one codec enabled (e.g. "PCMA", 8000); the others linphone knows are disabled.</param>
    public static async Task<LinphonePeer> StartAsync(WavAudio? send, string codec, int clockRate)
    {
        string folder = Directory.CreateTempSubdirectory("linphone-media-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, ".local", "share", "linphone"));   // without it linphonec opens no SIP port
        var rc = new System.Text.StringBuilder();
        rc.Append($"[sip]\nsip_port={SippRunner.FreePort()}\nsip_tcp_port=0\nsip_tls_port=0\n");
        rc.Append($"[rtp]\naudio_rtp_port={SippRunner.FreePort() & ~1}\n[sound]\nechocancellation=0\n[video]\nenabled=0\n");
        (string Mime, int Rate, int Channels)[] known = [("opus", 48000, 2), ("speex", 16000, 1), ("speex", 8000, 1), ("PCMU", 8000, 1), ("PCMA", 8000, 1), ("G729", 8000, 1)];
        int index = 0;
        rc.Append($"[audio_codec_{index++}]\nmime={codec}\nrate={clockRate}\nchannels={(codec == "opus" ? 2 : 1)}\nenabled=1\n");
        foreach (var (mime, rate, channels) in known.Where(k => !(k.Mime == codec && k.Rate == clockRate)))
            rc.Append($"[audio_codec_{index++}]\nmime={mime}\nrate={rate}\nchannels={channels}\nenabled=0\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "linphonerc"), rc.ToString());
        if (send is not null)
            WavWriter.Write(Path.Combine(folder, "send.wav"), send);
        var process = PeerProcess.Start("linphonec", $"-c {folder}/linphonerc", folder, new Dictionary<string, string> { ["HOME"] = folder });
        var input = process.Input;
        await input.WriteLineAsync("soundcard use files");
        if (send is not null)
            await input.WriteLineAsync($"play {folder}/send.wav");
        await input.WriteLineAsync($"record {folder}/heard.wav");
        await input.FlushAsync();
        return new LinphonePeer(folder, process);
    }

    public async Task CommandAsync(string line)
    {
        await Process.Input.WriteLineAsync(line);
        await Process.Input.FlushAsync();
    }

    /// <summary>
    /// What linphone recorded. Its WAV writer declares the file size as the data size (44 bytes too many), so the
    /// declared length is clamped to what is there before parsing.
    /// </summary>
    public WavAudio? ReadHeard()
    {
        if (!File.Exists(HeardPath) || new FileInfo(HeardPath).Length <= 44)
            return null;
        var bytes = File.ReadAllBytes(HeardPath);
        int data = bytes.AsSpan().IndexOf("data"u8);
        if (data > 0 && data + 8 <= bytes.Length)
        {
            int available = bytes.Length - data - 8;
            if (BitConverter.ToInt32(bytes, data + 4) > available)
                BitConverter.TryWriteBytes(bytes.AsSpan(data + 4), available & ~1);
        }
        string fixedPath = HeardPath + ".fixed.wav";
        File.WriteAllBytes(fixedPath, bytes);
        return WavReader.Read(fixedPath).ToMono();
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            try { await CommandAsync("quit"); } catch (IOException) { }
        }
        await Process.DisposeAsync();
        if (Environment.GetEnvironmentVariable("MEDIACORE_KEEP_PEER_DIRS") is null)
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
