namespace MediaCore.Inference.Onnx.Native;

/// <summary>Maps a blittable .NET element type to ORT's element type.</summary>
internal static class TensorElementTypes
{
    public static TensorElementType Of<T>() where T : unmanaged =>
        typeof(T) == typeof(float) ? TensorElementType.Float
        : typeof(T) == typeof(long) ? TensorElementType.Int64
        : typeof(T) == typeof(int) ? TensorElementType.Int32
        : typeof(T) == typeof(double) ? TensorElementType.Double
        : typeof(T) == typeof(short) ? TensorElementType.Int16
        : typeof(T) == typeof(byte) ? TensorElementType.UInt8
        : typeof(T) == typeof(sbyte) ? TensorElementType.Int8
        : throw new NotSupportedException($"Tensors of {typeof(T).Name} are not supported.");

    /// <summary>Number of elements of a shape; a scalar (rank 0) holds one.</summary>
    public static long ElementCount(ReadOnlySpan<long> shape)
    {
        long count = 1;
        foreach (var dim in shape)
        {
            if (dim < 0)
                throw new ArgumentException("A tensor shape cannot have negative dimensions.", nameof(shape));
            count *= dim;
        }
        return count;
    }
}
