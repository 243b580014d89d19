using Microsoft.Win32.SafeHandles;

namespace MediaCore.Inference.Onnx.Native;

/// <summary>An owned ORT object pointer, released through its type's <c>Release*</c> function exactly once.</summary>
/// <remarks>One typed handle per ORT object kind, so a session can never be passed where a value is expected; each
/// names only its release function.</remarks>
internal abstract class OrtSafeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    protected OrtSafeHandle() : base(ownsHandle: true)
    {
    }

    protected OrtSafeHandle(IntPtr existing) : base(ownsHandle: true) => SetHandle(existing);

    protected sealed override bool ReleaseHandle()
    {
        Release(OrtApi.Instance, handle);
        return true;
    }

    protected abstract void Release(OrtApi api, IntPtr owned);
}

internal sealed unsafe class OrtEnvHandle(IntPtr existing) : OrtSafeHandle(existing)
{
    protected override void Release(OrtApi api, IntPtr owned) => api.ReleaseEnv(owned);
}

internal sealed unsafe class OrtSessionOptionsHandle(IntPtr existing) : OrtSafeHandle(existing)
{
    protected override void Release(OrtApi api, IntPtr owned) => api.ReleaseSessionOptions(owned);
}

internal sealed unsafe class OrtSessionHandle(IntPtr existing) : OrtSafeHandle(existing)
{
    protected override void Release(OrtApi api, IntPtr owned) => api.ReleaseSession(owned);
}

internal sealed unsafe class OrtValueHandle(IntPtr existing) : OrtSafeHandle(existing)
{
    protected override void Release(OrtApi api, IntPtr owned) => api.ReleaseValue(owned);
}

internal sealed unsafe class OrtMemoryInfoHandle(IntPtr existing) : OrtSafeHandle(existing)
{
    protected override void Release(OrtApi api, IntPtr owned) => api.ReleaseMemoryInfo(owned);
}

internal sealed unsafe class OrtTypeInfoHandle(IntPtr existing) : OrtSafeHandle(existing)
{
    protected override void Release(OrtApi api, IntPtr owned) => api.ReleaseTypeInfo(owned);
}

internal sealed unsafe class OrtTensorShapeInfoHandle(IntPtr existing) : OrtSafeHandle(existing)
{
    protected override void Release(OrtApi api, IntPtr owned) => api.ReleaseTensorTypeAndShapeInfo(owned);
}
