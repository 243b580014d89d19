using System.Buffers.Binary;
using System.Text;

namespace MediaCore.Inference.Whisper.ModelFile;

/// <summary>
/// Writes a whisper.cpp ggml model file with chosen dimensions and seeded random weights (uniform ±range, layer-norm
/// gains 1, biases 0). whisper.cpp loads and runs such a file at the real model's compute cost, so tests and benchmarks
/// need no downloaded weights; the text it produces is garbage.
/// </summary>
public static class GgmlWhisperModelWriter
{
    private const int ChunkElements = 1 << 15;

    /// <summary>Writes the model to <paramref name="path"/> (overwriting it).</summary>
    public static void Write(string path, GgmlWhisperHyperParameters hp, GgmlWhisperModelWriterOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        Write(stream, hp, options);
    }

    /// <summary>Writes the model to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, GgmlWhisperHyperParameters hp, GgmlWhisperModelWriterOptions? options = null)
    {
        options ??= new GgmlWhisperModelWriterOptions();
        if (hp.Validate() is { } problem)
            throw new ArgumentException($"Unusable whisper dimensions: {problem}.", nameof(hp));
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        WriteHeader(writer, hp);
        WriteVocabulary(writer, options.VocabularySource);
        var random = new SplitMix64(options.Seed);
        var buffer = new byte[ChunkElements * 4];
        foreach (var tensor in WhisperTensorLayout.For(hp))
            WriteTensor(writer, tensor, ref random, options.WeightRange, buffer);
    }

    private static void WriteHeader(BinaryWriter writer, GgmlWhisperHyperParameters hp)
    {
        writer.Write(GgmlWhisperModelInfo.Magic);
        foreach (var value in (int[])[hp.NVocab, hp.NAudioCtx, hp.NAudioState, hp.NAudioHead, hp.NAudioLayer,
                     hp.NTextCtx, hp.NTextState, hp.NTextHead, hp.NTextLayer, hp.NMels, hp.FType])
            writer.Write(value);
    }

    private static void WriteVocabulary(BinaryWriter writer, string? source)
    {
        if (source is null)
        {
            GeneratedVocabulary.Write(writer);
            return;
        }
        var info = GgmlWhisperModelInfo.Read(source);
        using var input = File.OpenRead(source);
        input.Seek(GgmlWhisperModelInfo.HeaderBytes, SeekOrigin.Begin);
        var remaining = info.VocabularyEndOffset - GgmlWhisperModelInfo.HeaderBytes;
        var copy = new byte[1 << 16];
        writer.Flush();
        while (remaining > 0)
        {
            var read = input.Read(copy, 0, (int)Math.Min(copy.Length, remaining));
            if (read <= 0)
                throw new WhisperModelException(source, "file ended while copying the vocabulary");
            writer.Write(copy, 0, read);
            remaining -= read;
        }
    }

    private static void WriteTensor(BinaryWriter writer, WhisperTensorSpec tensor, ref SplitMix64 random, float range, byte[] buffer)
    {
        var name = Encoding.UTF8.GetBytes(tensor.Name);
        writer.Write(tensor.Shape.Length);
        writer.Write(name.Length);
        writer.Write(tensor.IsF16 ? 1 : 0);
        foreach (var dim in tensor.Shape)
            writer.Write(dim);
        writer.Write(name);
        var elementBytes = tensor.IsF16 ? 2 : 4;
        for (var left = tensor.ElementCount; left > 0;)
        {
            var n = (int)Math.Min(left, ChunkElements);
            for (var i = 0; i < n; i++)
                WriteElement(buffer.AsSpan(i * elementBytes), NextValue(tensor.Fill, ref random, range), tensor.IsF16);
            writer.Write(buffer, 0, n * elementBytes);
            left -= n;
        }
    }

    private static float NextValue(WhisperTensorFill fill, ref SplitMix64 random, float range) => fill switch
    {
        WhisperTensorFill.Ones => 1f,
        WhisperTensorFill.Zeros => 0f,
        _ => random.NextSymmetric(range),
    };

    private static void WriteElement(Span<byte> destination, float value, bool f16)
    {
        if (f16)
            BinaryPrimitives.WriteHalfLittleEndian(destination, (Half)value);
        else
            BinaryPrimitives.WriteSingleLittleEndian(destination, value);
    }
}
