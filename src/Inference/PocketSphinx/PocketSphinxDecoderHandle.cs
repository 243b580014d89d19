using System.Runtime.InteropServices;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>Owns a <c>ps_decoder_t</c>; released with <c>ps_free</c> (which drops the decoder's config reference).</summary>
internal sealed class PocketSphinxDecoderHandle : SafeHandle
{
    public PocketSphinxDecoderHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public static PocketSphinxDecoderHandle? Create(PocketSphinxConfigHandle config)
    {
        var decoder = new PocketSphinxDecoderHandle();
        decoder.SetHandle(PocketSphinxNative.ps_init(config));
        if (!decoder.IsInvalid)
            return decoder;
        decoder.Dispose();
        return null;
    }

    protected override bool ReleaseHandle() => PocketSphinxNative.ps_free(handle) >= 0;
}
