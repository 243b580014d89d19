namespace MediaCore.Inference.Whisper.ModelFile;

/// <summary>How a generated tensor is filled: random weights, ones (layer-norm gains) or zeros (biases).</summary>
public enum WhisperTensorFill
{
    Random,
    Ones,
    Zeros,
}

/// <summary>
/// One tensor of a whisper.cpp model file: its name, shape (ne0 fastest, as ggml stores it), whether it is stored
/// as f16, and how the generator fills it.
/// </summary>
public sealed record WhisperTensorSpec(string Name, int[] Shape, bool IsF16, WhisperTensorFill Fill)
{
    public long ElementCount => Shape.Aggregate(1L, (n, d) => n * d);

    public long DataBytes => ElementCount * (IsF16 ? 2 : 4);

    /// <summary>Bytes of the tensor record: n_dims, name length, type, ne[n_dims], name, data (no padding).</summary>
    public long RecordBytes => 12 + 4L * Shape.Length + System.Text.Encoding.UTF8.GetByteCount(Name) + DataBytes;
}
