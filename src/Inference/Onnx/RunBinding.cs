using System.Runtime.InteropServices;
using System.Text;
using MediaCore.Inference.Onnx.Native;

namespace MediaCore.Inference.Onnx;

/// <summary>
/// A prepared run of one session: the input and output names are marshalled to native UTF-8 once, the values are
/// bound once, and <see cref="Run"/> then allocates nothing. Outputs bound to caller-owned tensors are written in
/// place; unbound outputs are allocated by ORT and handed over with <see cref="TakeOutput"/>.
/// One binding belongs to one caller (not thread-safe); many bindings may run one session concurrently.
/// </summary>
public sealed unsafe class RunBinding : IDisposable
{
    private readonly InferenceSession session;
    private readonly int inputCount;
    private readonly int outputCount;
    private readonly OrtValue?[] inputs;
    private readonly OrtValue?[] outputs;
    private readonly string runContext;
    private byte** inputNames;
    private byte** outputNames;
    private IntPtr* inputValues;
    private IntPtr* outputValues;

    internal RunBinding(InferenceSession session, IReadOnlyList<string> inputNameList, IReadOnlyList<string> outputNameList)
    {
        this.session = session;
        inputCount = inputNameList.Count;
        outputCount = outputNameList.Count;
        inputs = new OrtValue?[inputCount];
        outputs = new OrtValue?[outputCount];
        runContext = $"running ONNX model '{session.Source}'";
        inputNames = AllocNames(inputNameList);
        outputNames = AllocNames(outputNameList);
        inputValues = (IntPtr*)NativeMemory.AllocZeroed((nuint)Math.Max(inputCount, 1), (nuint)sizeof(IntPtr));
        outputValues = (IntPtr*)NativeMemory.AllocZeroed((nuint)Math.Max(outputCount, 1), (nuint)sizeof(IntPtr));
    }

    /// <summary>Binds input <paramref name="index"/> (in the order the names were given) to a tensor.</summary>
    public void BindInput(int index, OrtValue value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)inputCount, nameof(index));
        inputs[index] = value;
        inputValues[index] = value.NativeHandle;
    }

    /// <summary>Binds output <paramref name="index"/> to a caller-owned tensor of the exact output shape: ORT writes into it.</summary>
    public void BindOutput(int index, OrtValue value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)outputCount, nameof(index));
        ReleaseOrtOwnedOutput(index);
        outputs[index] = value;
        outputValues[index] = value.NativeHandle;
    }

    /// <summary>Runs the model. With every output bound this allocates nothing, managed or native.</summary>
    public void Run()
    {
        ObjectDisposedException.ThrowIf(inputNames is null, this);
        for (var i = 0; i < inputCount; i++)
            inputValues[i] = inputs[i]?.NativeHandle ?? throw new InvalidOperationException($"Input {i} is not bound.");
        for (var i = 0; i < outputCount; i++)
        {
            if (outputs[i] is { } bound)
                outputValues[i] = bound.NativeHandle;
            else
                ReleaseOrtOwnedOutput(i);
        }
        var api = OrtApi.Instance;
        var sessionHandle = session.Handle;
        var addedRef = false;
        try
        {
            // Keeps the session alive while native code runs, even if another thread disposes it.
            sessionHandle.DangerousAddRef(ref addedRef);
            api.Check(api.Run(sessionHandle.DangerousGetHandle(), IntPtr.Zero, (IntPtr*)inputNames, inputValues, (nuint)inputCount,
                (IntPtr*)outputNames, (nuint)outputCount, outputValues), runContext);
        }
        finally
        {
            if (addedRef)
                sessionHandle.DangerousRelease();
        }
    }

    /// <summary>Hands over an output ORT allocated in the last <see cref="Run"/> (the caller disposes it).</summary>
    public OrtValue TakeOutput(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)outputCount, nameof(index));
        if (outputs[index] is not null)
            throw new InvalidOperationException($"Output {index} is bound to a caller-owned tensor; read that tensor instead.");
        var value = outputValues[index];
        if (value == IntPtr.Zero)
            throw new InvalidOperationException($"Output {index} holds no value: run the model first.");
        outputValues[index] = IntPtr.Zero;
        return OrtValue.Adopt(value);
    }

    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    // The names and value arrays are native memory: a binding that is never disposed must not leak them.
    ~RunBinding() => Release();

    private void Release()
    {
        if (inputNames is null)
            return;
        for (var i = 0; i < outputCount; i++)
        {
            if (outputs[i] is null)
                ReleaseOrtOwnedOutput(i);
        }
        FreeNames(inputNames, inputCount);
        FreeNames(outputNames, outputCount);
        NativeMemory.Free(inputValues);
        NativeMemory.Free(outputValues);
        inputNames = null;
        outputNames = null;
        inputValues = null;
        outputValues = null;
    }

    private void ReleaseOrtOwnedOutput(int index)
    {
        if (outputs[index] is null && outputValues[index] != IntPtr.Zero)
        {
            OrtApi.Instance.ReleaseValue(outputValues[index]);
            outputValues[index] = IntPtr.Zero;
        }
    }

    private static byte** AllocNames(IReadOnlyList<string> names)
    {
        var array = (byte**)NativeMemory.AllocZeroed((nuint)Math.Max(names.Count, 1), (nuint)sizeof(byte*));
        for (var i = 0; i < names.Count; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(names[i]);
            var native = (byte*)NativeMemory.Alloc((nuint)bytes.Length + 1);
            bytes.CopyTo(new Span<byte>(native, bytes.Length));
            native[bytes.Length] = 0;
            array[i] = native;
        }
        return array;
    }

    private static void FreeNames(byte** names, int count)
    {
        for (var i = 0; i < count; i++)
            NativeMemory.Free(names[i]);
        NativeMemory.Free(names);
    }
}
