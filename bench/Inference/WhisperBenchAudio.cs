using System.Buffers.Binary;

namespace MediaCore.Bench.Inference;

/// <summary>Speech for whisper benchmarks: the start of jfk.wav (16 kHz PCM16) from the shared data folder, or a tone.</summary>
internal static class WhisperBenchAudio
{
    public static short[] Speech(int seconds)
    {
        var samples = seconds * 16000;
        var wav = FindJfk();
        if (wav is null)
            return Enumerable.Range(0, samples).Select(i => (short)(8000 * Math.Sin(i * 0.07))).ToArray();
        var bytes = File.ReadAllBytes(wav);
        var data = DataChunk(bytes);
        var result = new short[samples];
        for (var i = 0; i < samples && 2 * i + 1 < data.Length; i++)
            result[i] = BinaryPrimitives.ReadInt16LittleEndian(data.Slice(2 * i));
        return result;
    }

    // Walks the RIFF chunks (jfk.wav has a LIST chunk before "data").
    private static ReadOnlySpan<byte> DataChunk(byte[] bytes)
    {
        for (var offset = 12; offset + 8 <= bytes.Length;)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 4));
            if (bytes.AsSpan(offset, 4).SequenceEqual("data"u8))
                return bytes.AsSpan(offset + 8, Math.Min(size, bytes.Length - offset - 8));
            offset += 8 + size + (size & 1);
        }
        return [];
    }

    private static string? FindJfk()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
            {
                var sibling = Path.Combine(dir.FullName, "..", "shared", "audio", "en_jfk.wav");
                if (File.Exists(sibling))
                    return sibling;
                break;
            }
        }
        var configured = Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR");
        foreach (var root in new[] { configured, "/work/shared" })
        {
            if (root is { Length: > 0 } && File.Exists(Path.Combine(root, "audio", "en_jfk.wav")))
                return Path.Combine(root, "audio", "en_jfk.wav");
        }
        return null;
    }
}
