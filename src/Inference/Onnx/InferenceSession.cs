using System.Runtime.InteropServices;
using System.Text;
using MediaCore.Inference.Onnx.Native;

namespace MediaCore.Inference.Onnx;

/// <summary>
/// A loaded ONNX model. Thread-safe for <see cref="RunBinding.Run"/> from many threads at once (ORT's guarantee),
/// so one session per model serves every call; each caller owns its own <see cref="RunBinding"/> and tensors.
/// </summary>
public sealed unsafe class InferenceSession : IDisposable
{
    private InferenceSession(OrtSessionHandle handle, string source)
    {
        Handle = handle;
        Source = source;
        var api = OrtApi.Instance;
        Inputs = ReadNodes(api, isInput: true);
        Outputs = ReadNodes(api, isInput: false);
    }

    /// <summary>Where the model came from (a path, or "&lt;memory&gt;"), for messages.</summary>
    public string Source { get; }

    public IReadOnlyList<NodeMetadata> Inputs { get; }

    public IReadOnlyList<NodeMetadata> Outputs { get; }

    internal OrtSessionHandle Handle { get; }

    /// <summary>Loads a model file. A missing file throws <see cref="FileNotFoundException"/>; a bad one an <see cref="OnnxRuntimeException"/> naming it.</summary>
    public static InferenceSession FromFile(string path, SessionOptions? options = null)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            throw new FileNotFoundException($"ONNX model file '{fullPath}' does not exist.", fullPath);
        var env = OrtEnvironment.Instance;
        var api = OrtApi.Instance;
        var utf8Path = Encoding.UTF8.GetBytes(fullPath + "\0");
        return WithOptions(options, optionsHandle =>
        {
            IntPtr session;
            fixed (byte* p = utf8Path)
                api.Check(api.CreateSession(env.Env.DangerousGetHandle(), p, optionsHandle, &session),
                    $"loading ONNX model '{fullPath}'");
            return new InferenceSession(new OrtSessionHandle(session), fullPath);
        });
    }

    /// <summary>Loads a model from its serialised bytes (ORT copies what it needs; the span may be freed afterwards).</summary>
    public static InferenceSession FromBytes(ReadOnlySpan<byte> model, SessionOptions? options = null, string source = "<memory>")
    {
        var env = OrtEnvironment.Instance;
        var api = OrtApi.Instance;
        fixed (byte* data = model)
        {
            var dataPtr = (IntPtr)data;
            var length = (nuint)model.Length;
            return WithOptions(options, optionsHandle =>
            {
                IntPtr session;
                api.Check(api.CreateSessionFromArray(env.Env.DangerousGetHandle(), (void*)dataPtr, length, optionsHandle, &session),
                    $"loading ONNX model from {source}");
                return new InferenceSession(new OrtSessionHandle(session), source);
            });
        }
    }

    /// <summary>Prepares a zero-allocation run of the named inputs and outputs (names are checked here, not per run).</summary>
    public RunBinding CreateBinding(IReadOnlyList<string> inputNames, IReadOnlyList<string> outputNames)
    {
        ObjectDisposedException.ThrowIf(Handle.IsClosed, this);
        foreach (var name in inputNames)
            RequireNode(Inputs, name, "input");
        foreach (var name in outputNames)
            RequireNode(Outputs, name, "output");
        return new RunBinding(this, inputNames, outputNames);
    }

    /// <summary>Convenience run: binds the inputs, lets ORT allocate the outputs and returns them (caller disposes).</summary>
    public OrtValue[] Run(IReadOnlyList<KeyValuePair<string, OrtValue>> inputs, IReadOnlyList<string> outputNames)
    {
        using var binding = CreateBinding(inputs.Select(i => i.Key).ToArray(), outputNames);
        for (var i = 0; i < inputs.Count; i++)
            binding.BindInput(i, inputs[i].Value);
        binding.Run();
        return Enumerable.Range(0, outputNames.Count).Select(binding.TakeOutput).ToArray();
    }

    public void Dispose() => Handle.Dispose();

    private static void RequireNode(IReadOnlyList<NodeMetadata> nodes, string name, string kind)
    {
        if (!nodes.Any(n => n.Name == name))
            throw new ArgumentException(
                $"The model has no {kind} named '{name}' (it has {string.Join(", ", nodes.Select(n => n.Name))}).", nameof(name));
    }

    private static InferenceSession WithOptions(SessionOptions? options, Func<IntPtr, InferenceSession> create)
    {
        if (options is not null)
            return create(options.Handle.DangerousGetHandle());
        using var defaults = new SessionOptions();
        return create(defaults.Handle.DangerousGetHandle());
    }

    private NodeMetadata[] ReadNodes(OrtApi api, bool isInput)
    {
        var session = Handle.DangerousGetHandle();
        nuint count;
        api.Check(isInput ? api.SessionGetInputCount(session, &count) : api.SessionGetOutputCount(session, &count), "counting model nodes");
        IntPtr allocator;
        api.Check(api.GetAllocatorWithDefaultOptions(&allocator), "getting the default allocator");
        var nodes = new NodeMetadata[(int)count];
        for (nuint i = 0; i < count; i++)
            nodes[i] = ReadNode(api, session, allocator, i, isInput);
        return nodes;
    }

    private static NodeMetadata ReadNode(OrtApi api, IntPtr session, IntPtr allocator, nuint index, bool isInput)
    {
        IntPtr namePtr;
        api.Check(isInput ? api.SessionGetInputName(session, index, allocator, &namePtr)
                          : api.SessionGetOutputName(session, index, allocator, &namePtr), "reading a node name");
        var name = Marshal.PtrToStringUTF8(namePtr) ?? string.Empty;
        api.Check(api.AllocatorFree(allocator, namePtr), "freeing a node name");

        IntPtr typeInfo;
        api.Check(isInput ? api.SessionGetInputTypeInfo(session, index, &typeInfo)
                          : api.SessionGetOutputTypeInfo(session, index, &typeInfo), $"reading the type of '{name}'");
        using var typeHandle = new OrtTypeInfoHandle(typeInfo);
        IntPtr tensorInfo; // owned by typeInfo; null for sequences and maps
        api.Check(api.CastTypeInfoToTensorInfo(typeInfo, &tensorInfo), $"reading the tensor type of '{name}'");
        if (tensorInfo == IntPtr.Zero)
            return new NodeMetadata(name, TensorElementType.Undefined, [], []);
        var rank = OrtTensorShape.Rank(api, tensorInfo);
        var shape = new long[rank];
        OrtTensorShape.Dimensions(api, tensorInfo, shape);
        return new NodeMetadata(name, OrtTensorShape.ElementType(api, tensorInfo), shape,
            OrtTensorShape.SymbolicDimensions(api, tensorInfo, rank));
    }
}
