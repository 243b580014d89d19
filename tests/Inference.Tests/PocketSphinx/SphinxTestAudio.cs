using System.Buffers.Binary;
using System.Diagnostics;

namespace MediaCore.Inference.Tests.PocketSphinx;

/// <summary>Test data for the PocketSphinx tests: shared clips, WAV reading, a local resampler, flite speech.</summary>
internal static class SphinxTestAudio
{
    /// <summary>The shared data folder: &lt;repo&gt;/../shared, then MEDIACORE_SHARED_DIR, then /work/shared.</summary>
    public static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                continue;
            var sibling = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            if (Directory.Exists(sibling))
                return sibling;
            break;
        }
        var configured = Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR");
        return !string.IsNullOrWhiteSpace(configured) ? configured : "/work/shared";
    }

    /// <summary>English clips with their reference text (file name starting "en_").</summary>
    public static IReadOnlyList<(string File, string Reference)> EnglishClips()
    {
        var audio = Path.Combine(SharedFolder(), "audio");
        return File.ReadAllLines(Path.Combine(audio, "transcripts.tsv"))
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2 && parts[0].StartsWith("en_", StringComparison.Ordinal))
            .Select(parts => (Path.Combine(audio, parts[0]), parts[1]))
            .ToArray();
    }

    /// <summary>Reads a PCM16 WAV (mono, or the first channel) and returns it at 16 kHz.</summary>
    public static short[] Read16k(string path)
    {
        var (samples, rate) = ReadWav(File.ReadAllBytes(path));
        return rate == 16_000 ? samples : Resample(samples, rate, 16_000);
    }

    public static (short[] Samples, int SampleRate) ReadWav(ReadOnlySpan<byte> wav)
    {
        int channels = 1, rate = 0, offset = 12;
        while (offset + 8 <= wav.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(wav.Slice(offset, 4));
            var size = BinaryPrimitives.ReadInt32LittleEndian(wav[(offset + 4)..]);
            var body = wav.Slice(offset + 8, Math.Min(size, wav.Length - offset - 8));
            if (id == "fmt ")
            {
                channels = BinaryPrimitives.ReadInt16LittleEndian(body[2..]);
                rate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
            }
            else if (id == "data")
            {
                var frames = body.Length / (2 * channels);
                var samples = new short[frames];
                for (var i = 0; i < frames; i++)
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(i * 2 * channels)..]);
                return (samples, rate);
            }
            offset += 8 + size + (size & 1);
        }
        throw new InvalidDataException("WAV has no data chunk");
    }

    /// <summary>
    /// Windowed-sinc resampler (Hann window, 16 zero crossings, cutoff at the lower Nyquist). Slow but clean;
    /// a stand-in until the Media resampler lands.
    /// </summary>
    public static short[] Resample(short[] input, int fromRate, int toRate)
    {
        const int HalfTaps = 16;
        var ratio = (double)toRate / fromRate;
        var cutoff = Math.Min(1.0, ratio);
        var output = new short[(int)(input.LongLength * toRate / fromRate)];
        var halfWidth = HalfTaps / cutoff;
        for (var n = 0; n < output.Length; n++)
        {
            var center = n / ratio;
            var first = (int)Math.Ceiling(center - halfWidth);
            var last = (int)Math.Floor(center + halfWidth);
            double sum = 0;
            for (var k = Math.Max(first, 0); k <= Math.Min(last, input.Length - 1); k++)
            {
                var x = (k - center) * cutoff;
                var sinc = x == 0 ? 1.0 : Math.Sin(Math.PI * x) / (Math.PI * x);
                var window = 0.5 + 0.5 * Math.Cos(Math.PI * (k - center) / halfWidth);
                sum += input[k] * sinc * window * cutoff;
            }
            output[n] = (short)Math.Clamp(Math.Round(sum), short.MinValue, short.MaxValue);
        }
        return output;
    }

    /// <summary>
    /// Speech for <paramref name="text"/> from Debian's flite CLI (voice slt), at 16 kHz. The in-process flite
    /// binding will replace this process call.
    /// </summary>
    public static short[] FliteSpeech16k(string text)
    {
        var wav = Path.Combine(Path.GetTempPath(), $"mediacore-sphinx-{Guid.NewGuid():N}.wav");
        try
        {
            var start = new ProcessStartInfo("flite") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-voice", "slt", "-t", text, "-o", wav })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("flite did not start");
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"flite failed: {process.StandardError.ReadToEnd()}");
            var (samples, rate) = ReadWav(File.ReadAllBytes(wav));
            return rate == 16_000 ? samples : Resample(samples, rate, 16_000);
        }
        finally
        {
            File.Delete(wav);
        }
    }
}
