using System.Runtime.InteropServices;

namespace MediaCore.Inference.Whisper.Native;

/// <summary>Owns a <c>whisper_context*</c> (the loaded weights); freed with <c>whisper_free</c>.</summary>
internal sealed class WhisperContextHandle : SafeHandle
{
    public WhisperContextHandle(IntPtr context) : base(IntPtr.Zero, ownsHandle: true) => SetHandle(context);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        WhisperNative.whisper_free(handle);
        return true;
    }
}
