using System.Runtime.InteropServices;

namespace MediaCore.Inference.Onnx.Native;

/// <summary>Reads element type, dimensions and symbolic dimension names from an <c>OrtTensorTypeAndShapeInfo</c>.</summary>
internal static unsafe class OrtTensorShape
{
    public static TensorElementType ElementType(OrtApi api, IntPtr info)
    {
        int type;
        api.Check(api.GetTensorElementType(info, &type), "reading a tensor element type");
        return (TensorElementType)type;
    }

    public static int Rank(OrtApi api, IntPtr info)
    {
        nuint rank;
        api.Check(api.GetDimensionsCount(info, &rank), "reading a tensor rank");
        return (int)rank;
    }

    /// <summary>Writes the dimensions into <paramref name="destination"/> (which must hold <see cref="Rank"/> values).</summary>
    public static void Dimensions(OrtApi api, IntPtr info, Span<long> destination)
    {
        fixed (long* dims = destination)
            api.Check(api.GetDimensions(info, dims, (nuint)destination.Length), "reading tensor dimensions");
    }

    public static string[] SymbolicDimensions(OrtApi api, IntPtr info, int rank)
    {
        if (rank == 0)
            return [];
        var names = new IntPtr[rank];
        fixed (IntPtr* p = names)
            api.Check(api.GetSymbolicDimensions(info, p, (nuint)rank), "reading symbolic dimensions");
        // The strings belong to the info object: copy them now.
        return names.Select(n => n == IntPtr.Zero ? string.Empty : Marshal.PtrToStringUTF8(n) ?? string.Empty).ToArray();
    }
}
