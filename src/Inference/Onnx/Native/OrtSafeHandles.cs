using Microsoft.Win32.SafeHandles;

namespace MediaCore.Inference.Onnx.Native;

/// <summary>An owned ORT object pointer, released through its type's <c>Release*</c> function exactly once.</summary>
internal abstract unsafe class OrtSafeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    protected OrtSafeHandle() : base(ownsHandle: true)
    {
    }

    protected OrtSafeHandle(IntPtr existing) : base(ownsHandle: true) => SetHandle(existing);

    protected static OrtApi Api => OrtApi.Instance;
}

internal sealed unsafe class OrtEnvHandle : OrtSafeHandle
{
    public OrtEnvHandle(IntPtr existing) : base(existing) { }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseEnv(handle);
        return true;
    }
}

internal sealed unsafe class OrtSessionOptionsHandle : OrtSafeHandle
{
    public OrtSessionOptionsHandle(IntPtr existing) : base(existing) { }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseSessionOptions(handle);
        return true;
    }
}

internal sealed unsafe class OrtSessionHandle : OrtSafeHandle
{
    public OrtSessionHandle(IntPtr existing) : base(existing) { }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseSession(handle);
        return true;
    }
}

internal sealed unsafe class OrtValueHandle : OrtSafeHandle
{
    public OrtValueHandle(IntPtr existing) : base(existing) { }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseValue(handle);
        return true;
    }
}

internal sealed unsafe class OrtMemoryInfoHandle : OrtSafeHandle
{
    public OrtMemoryInfoHandle(IntPtr existing) : base(existing) { }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseMemoryInfo(handle);
        return true;
    }
}

internal sealed unsafe class OrtTypeInfoHandle : OrtSafeHandle
{
    public OrtTypeInfoHandle(IntPtr existing) : base(existing) { }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseTypeInfo(handle);
        return true;
    }
}

internal sealed unsafe class OrtTensorShapeInfoHandle : OrtSafeHandle
{
    public OrtTensorShapeInfoHandle(IntPtr existing) : base(existing) { }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseTensorTypeAndShapeInfo(handle);
        return true;
    }
}
