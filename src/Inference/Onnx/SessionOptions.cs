using MediaCore.Inference.Onnx.Native;

namespace MediaCore.Inference.Onnx;

/// <summary>
/// Settings for creating an <see cref="InferenceSession"/>. Defaults suit a telephony server that runs many small
/// models side by side: one intra-op and one inter-op thread (parallelism comes from calls, not from one model),
/// all graph optimisations.
/// </summary>
public sealed unsafe class SessionOptions : IDisposable
{
    private int intraOpThreads;
    private int interOpThreads;
    private GraphOptimizationLevel optimizationLevel;

    public SessionOptions()
    {
        var api = OrtApi.Instance;
        IntPtr options;
        api.Check(api.CreateSessionOptions(&options), "creating session options");
        Handle = new OrtSessionOptionsHandle(options);
        IntraOpThreads = 1;
        InterOpThreads = 1;
        GraphOptimizationLevel = GraphOptimizationLevel.All;
    }

    /// <summary>Threads one operator may use (0 = ORT's default: one per core).</summary>
    public int IntraOpThreads
    {
        get => intraOpThreads;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            Call(static (api, h, v) => api.SetIntraOpNumThreads(h, v), value, "setting intra-op threads");
            intraOpThreads = value;
        }
    }

    /// <summary>Threads for running independent graph branches in parallel (0 = ORT's default).</summary>
    public int InterOpThreads
    {
        get => interOpThreads;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            Call(static (api, h, v) => api.SetInterOpNumThreads(h, v), value, "setting inter-op threads");
            interOpThreads = value;
        }
    }

    public GraphOptimizationLevel GraphOptimizationLevel
    {
        get => optimizationLevel;
        set
        {
            Call(static (api, h, v) => api.SetSessionGraphOptimizationLevel(h, v), (int)value, "setting the optimisation level");
            optimizationLevel = value;
        }
    }

    internal OrtSessionOptionsHandle Handle { get; }

    public void Dispose() => Handle.Dispose();

    private void Call(Func<OrtApi, IntPtr, int, IntPtr> setter, int value, string context)
    {
        ObjectDisposedException.ThrowIf(Handle.IsClosed, this);
        var api = OrtApi.Instance;
        api.Check(setter(api, Handle.DangerousGetHandle(), value), context);
    }
}
