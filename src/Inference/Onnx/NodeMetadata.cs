namespace MediaCore.Inference.Onnx;

/// <summary>
/// One model input or output: its name, element type and shape. A dynamic dimension is -1 in
/// <see cref="Shape"/> and carries its symbolic name (e.g. "batch") at the same index of
/// <see cref="SymbolicDimensions"/> (empty when the model left it unnamed). A scalar has an empty shape.
/// Non-tensor values (sequences, maps) report <see cref="TensorElementType.Undefined"/>.
/// </summary>
public sealed record NodeMetadata(
    string Name,
    TensorElementType ElementType,
    IReadOnlyList<long> Shape,
    IReadOnlyList<string> SymbolicDimensions)
{
    public override string ToString() =>
        $"{Name}: {ElementType} [{string.Join(",", Shape.Select((d, i) => d >= 0 ? d.ToString() : SymbolicDimensions[i] is { Length: > 0 } s ? s : "?"))}]";
}
