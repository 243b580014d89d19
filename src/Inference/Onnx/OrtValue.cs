using System.Buffers;
using MediaCore.Inference.Onnx.Native;

namespace MediaCore.Inference.Onnx;

/// <summary>
/// A tensor ORT can read or write. Created over caller-owned memory (<see cref="CreateTensor{T}"/>: the memory stays
/// pinned and is used in place, so re-running a model over the same tensors allocates nothing), or returned by
/// <see cref="RunBinding.TakeOutput"/> when ORT allocated it.
/// </summary>
public sealed unsafe class OrtValue : IDisposable
{
    private const int MaxStackRank = 16;

    private readonly OrtValueHandle handle;
    private MemoryHandle pin;

    private OrtValue(OrtValueHandle handle, MemoryHandle pin)
    {
        this.handle = handle;
        this.pin = pin;
    }

    internal IntPtr NativeHandle
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsClosed, this);
            return handle.DangerousGetHandle();
        }
    }

    /// <summary>
    /// A tensor of <paramref name="shape"/> over <paramref name="data"/> (no copy). The memory is pinned until
    /// the value is disposed; pass memory from <c>GC.AllocateArray(n, pinned: true)</c> to avoid a pinning handle.
    /// </summary>
    public static OrtValue CreateTensor<T>(Memory<T> data, ReadOnlySpan<long> shape) where T : unmanaged
    {
        var elementType = TensorElementTypes.Of<T>();
        var count = TensorElementTypes.ElementCount(shape);
        if (count != data.Length)
            throw new ArgumentException($"The shape holds {count} elements but the memory holds {data.Length}.", nameof(shape));
        var api = OrtApi.Instance;
        var memoryInfo = OrtEnvironment.Instance.CpuMemory.DangerousGetHandle();
        var pin = data.Pin();
        try
        {
            IntPtr value;
            fixed (long* dims = shape)
                api.Check(api.CreateTensorWithDataAsOrtValue(memoryInfo, pin.Pointer, (nuint)(data.Length * sizeof(T)),
                    dims, (nuint)shape.Length, (int)elementType, &value), "creating a tensor");
            return new OrtValue(new OrtValueHandle(value), pin);
        }
        catch
        {
            pin.Dispose();
            throw;
        }
    }

    internal static OrtValue Adopt(IntPtr ortOwnedValue) => new(new OrtValueHandle(ortOwnedValue), default);

    public TensorElementType ElementType
    {
        get
        {
            var info = ShapeInfo(out var api);
            try { return OrtTensorShape.ElementType(api, info); }
            finally { api.ReleaseTensorTypeAndShapeInfo(info); }
        }
    }

    /// <summary>The tensor's dimensions (allocates the array; see <see cref="GetShape(Span{long})"/> for the hot path).</summary>
    public long[] GetShape()
    {
        var info = ShapeInfo(out var api);
        try
        {
            var shape = new long[OrtTensorShape.Rank(api, info)];
            OrtTensorShape.Dimensions(api, info, shape);
            return shape;
        }
        finally { api.ReleaseTensorTypeAndShapeInfo(info); }
    }

    /// <summary>Writes the dimensions into <paramref name="destination"/>; returns the rank. Allocates nothing.</summary>
    public int GetShape(Span<long> destination)
    {
        var info = ShapeInfo(out var api);
        try
        {
            var rank = OrtTensorShape.Rank(api, info);
            if (rank > destination.Length)
                throw new ArgumentException($"The tensor has rank {rank}; the destination holds {destination.Length}.", nameof(destination));
            OrtTensorShape.Dimensions(api, info, destination[..rank]);
            return rank;
        }
        finally { api.ReleaseTensorTypeAndShapeInfo(info); }
    }

    /// <summary>The tensor's elements in place (valid until this value is disposed). Allocates nothing.</summary>
    public Span<T> GetTensorData<T>() where T : unmanaged
    {
        var info = ShapeInfo(out var api);
        long count;
        try
        {
            var actual = OrtTensorShape.ElementType(api, info);
            if (actual != TensorElementTypes.Of<T>())
                throw new InvalidOperationException($"The tensor holds {actual}, not {typeof(T).Name}.");
            var rank = OrtTensorShape.Rank(api, info);
            if (rank > MaxStackRank)
                throw new NotSupportedException($"Tensors of rank {rank} are not supported.");
            Span<long> dims = stackalloc long[rank];
            OrtTensorShape.Dimensions(api, info, dims);
            count = TensorElementTypes.ElementCount(dims);
        }
        finally { api.ReleaseTensorTypeAndShapeInfo(info); }
        void* data;
        api.Check(api.GetTensorMutableData(NativeHandle, &data), "reading tensor data");
        return new Span<T>(data, checked((int)count));
    }

    public void Dispose()
    {
        handle.Dispose();
        // Unpin only after ORT released the value: it may reference the memory until then.
        pin.Dispose();
        pin = default;
    }

    // The caller releases the returned OrtTensorTypeAndShapeInfo (raw pointer: no SafeHandle allocation on read paths).
    private IntPtr ShapeInfo(out OrtApi api)
    {
        api = OrtApi.Instance;
        IntPtr info;
        api.Check(api.GetTensorTypeAndShape(NativeHandle, &info), "reading a tensor shape");
        return info;
    }
}
