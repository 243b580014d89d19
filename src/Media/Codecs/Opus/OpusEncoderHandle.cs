using Microsoft.Win32.SafeHandles;

namespace MediaCore.Media.Codecs.Opus;

/// <summary>Owns one native OpusEncoder; destroys it exactly once, even if the owner is never disposed.</summary>
internal sealed class OpusEncoderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public OpusEncoderHandle(IntPtr encoder)
        : base(ownsHandle: true) => SetHandle(encoder);

    protected override bool ReleaseHandle()
    {
        OpusNative.EncoderDestroy(handle);
        return true;
    }
}
