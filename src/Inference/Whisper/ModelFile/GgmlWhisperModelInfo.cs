using System.Text;

namespace MediaCore.Inference.Whisper.ModelFile;

/// <summary>
/// What the header of a whisper.cpp ggml model file says, read without loading weights (for tests and
/// <c>mediacore check</c>). File layout, little-endian:
/// <code>
/// uint32 magic 0x67676d6c | int32 × 11 hyper-parameters | int32 n_mel, int32 n_fft, float32[n_mel × n_fft] filters
/// | int32 n_tokens, then per token: uint32 length, bytes | tensor records … (none in loader test fixtures)
/// </code>
/// </summary>
public sealed record GgmlWhisperModelInfo(
    string Path,
    long FileLength,
    GgmlWhisperHyperParameters HyperParameters,
    int MelFilterCount,
    int FftBinCount,
    IReadOnlyList<byte[]> Tokens,
    long VocabularyEndOffset)
{
    public const uint Magic = 0x67676d6c;
    public const int HeaderBytes = 4 + 11 * 4;

    private const int MaxTokens = 1 << 20;
    private const int MaxTokenBytes = 1 << 16;

    /// <summary>True when tensor records follow the vocabulary (loader fixtures have none).</summary>
    public bool HasTensors => FileLength > VocabularyEndOffset;

    /// <summary>Bytes the tensor records need for f32/f16 files, or null for quantised files (not checked).</summary>
    public long? ExpectedTensorBytes =>
        HyperParameters.FType is GgmlWhisperHyperParameters.FTypeF32 or GgmlWhisperHyperParameters.FTypeF16
            ? WhisperTensorLayout.TensorBytes(HyperParameters)
            : null;

    /// <summary>True when an f32/f16 file with tensors ends before all of them could be present.</summary>
    public bool IsTruncated => HasTensors && ExpectedTensorBytes is { } need && FileLength - VocabularyEndOffset < need;

    /// <summary>Token text (UTF-8, invalid bytes replaced) for display.</summary>
    public string TokenText(int id) => Encoding.UTF8.GetString(Tokens[id]);

    /// <summary>Reads the header; throws <see cref="WhisperModelException"/> naming the file when it is not a whisper model.</summary>
    public static GgmlWhisperModelInfo Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Whisper model file '{path}' does not exist.", path);
        return TryRead(path, out var info, out var error) ? info : throw new WhisperModelException(path, error);
    }

    /// <summary>Reads the header; false with a reason on any malformed or short input. Never throws for bad content.</summary>
    public static bool TryRead(string path, out GgmlWhisperModelInfo info, out string error)
    {
        info = null!;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return TryRead(stream, path, out info, out error);
        }
        catch (IOException e)
        {
            error = e.Message;
            return false;
        }
        catch (UnauthorizedAccessException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static bool TryRead(Stream stream, string path, out GgmlWhisperModelInfo info, out string error)
    {
        info = null!;
        var reader = new BinaryReader(stream);
        var length = stream.Length;
        if (length < HeaderBytes)
            return Fail($"file is {length} bytes, shorter than the {HeaderBytes}-byte header", out error);
        if (reader.ReadUInt32() != Magic)
            return Fail("bad magic (not a ggml whisper model)", out error);
        var h = new int[11];
        for (var i = 0; i < h.Length; i++)
            h[i] = reader.ReadInt32();
        var hp = new GgmlWhisperHyperParameters(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9], h[10]);
        if (!TryReadFilters(reader, length, out var nMel, out var nFft, out error))
            return false;
        if (!TryReadTokens(reader, length, out var tokens, out error))
            return false;
        info = new GgmlWhisperModelInfo(path, length, hp, nMel, nFft, tokens, stream.Position);
        return true;
    }

    private static bool TryReadFilters(BinaryReader reader, long length, out int nMel, out int nFft, out string error)
    {
        nMel = nFft = 0;
        if (Remaining(reader, length) < 8)
            return Fail("file ends inside the mel filter header", out error);
        nMel = reader.ReadInt32();
        nFft = reader.ReadInt32();
        if (nMel is <= 0 or > 1024 || nFft is <= 0 or > 4096)
            return Fail($"implausible mel filter size {nMel} × {nFft}", out error);
        var bytes = 4L * nMel * nFft;
        if (Remaining(reader, length) < bytes)
            return Fail("file ends inside the mel filters", out error);
        reader.BaseStream.Seek(bytes, SeekOrigin.Current);
        error = string.Empty;
        return true;
    }

    private static bool TryReadTokens(BinaryReader reader, long length, out List<byte[]> tokens, out string error)
    {
        tokens = [];
        if (Remaining(reader, length) < 4)
            return Fail("file ends before the vocabulary", out error);
        var count = reader.ReadInt32();
        if (count is < 0 or > MaxTokens)
            return Fail($"implausible vocabulary size {count}", out error);
        tokens.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            if (Remaining(reader, length) < 4)
                return Fail($"file ends inside token {i} of {count}", out error);
            var len = reader.ReadUInt32();
            if (len > MaxTokenBytes || Remaining(reader, length) < len)
                return Fail($"token {i} has a bad length {len}", out error);
            tokens.Add(reader.ReadBytes((int)len));
        }
        error = string.Empty;
        return true;
    }

    private static long Remaining(BinaryReader reader, long length) => length - reader.BaseStream.Position;

    private static bool Fail(string reason, out string error)
    {
        error = reason;
        return false;
    }
}
