using System.Runtime.InteropServices;

namespace MediaCore.Inference.Whisper.Native;

/// <summary>
/// Owns a <c>whisper_state*</c> (KV caches, compute buffers, results of one decode). It keeps the context handle
/// alive through a ref count, because a state must be freed before the context it was created from.
/// </summary>
internal sealed class WhisperStateHandle : SafeHandle
{
    private readonly WhisperContextHandle _context;

    public WhisperStateHandle(IntPtr state, WhisperContextHandle context) : base(IntPtr.Zero, ownsHandle: true)
    {
        _context = context;
        var added = false;
        _context.DangerousAddRef(ref added);
        SetHandle(state);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        WhisperNative.whisper_free_state(handle);
        _context.DangerousRelease();
        return true;
    }
}
