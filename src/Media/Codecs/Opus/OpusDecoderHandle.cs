using Microsoft.Win32.SafeHandles;

namespace MediaCore.Media.Codecs.Opus;

/// <summary>Owns one native OpusDecoder; destroys it exactly once, even if the owner is never disposed.</summary>
internal sealed class OpusDecoderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public OpusDecoderHandle(IntPtr decoder)
        : base(ownsHandle: true) => SetHandle(decoder);

    protected override bool ReleaseHandle()
    {
        OpusNative.DecoderDestroy(handle);
        return true;
    }
}
