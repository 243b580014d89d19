using System.Runtime.InteropServices;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// The per-decoder channel estimate that PocketSphinx 5prealpha carries from one utterance to the next: the cepstral
/// mean (CMN) and the CMN mode. Both are meant to follow one speaker on one line, so a pooled decoder handed to the
/// next call would start from the previous renter's channel — a telephone-band 8 kHz caller, or a test transcribing
/// bot audio — and misrecognise that call's first utterances. Worse, the model's <c>-cmn batch</c> turns into
/// <c>live</c> for good the first time audio is fed in blocks (sphinxbase's feat_cmn), so a pooled decoder never
/// again gets batch CMN on a whole utterance. This captures both right after the decoder is created and puts them
/// back when it returns to the pool, so every session starts like a freshly loaded decoder (without reloading the
/// acoustic model, which takes most of a second).
/// <para>sphinxbase has no call that resets this (cmn_live_set fakes a full 500-frame window, which is not the fresh
/// state, and nothing sets the mode), and ps_get_feat is the only way in, so the fields are read and written at their
/// offsets in sphinxbase 5prealpha's structs (x64, headers of libsphinxbase-dev 0.8+5prealpha): feat_t's
/// <c>cepsize</c> at 16, <c>cmn</c> (the mode) at 68, <c>cmn_struct</c> at 88; cmn_t's mean, sum, frame count and
/// <c>veclen</c>. The layout is checked on capture (cepsize must equal the cmn_t's veclen, the mode must be a known
/// value, the vectors non-null); on any other layout nothing is captured and the pool keeps its old behaviour.</para>
/// </summary>
internal sealed unsafe class PocketSphinxChannelState
{
    // sphinxbase 5prealpha feat_t (x64).
    private const int FeatCepSizeOffset = 16;
    private const int FeatCmnModeOffset = 68;
    private const int FeatCmnStructOffset = 88;
    // sphinxbase 5prealpha cmn_t: mfcc_t *cmn_mean; mfcc_t *cmn_var; mfcc_t *sum; int32 nframe; int32 veclen.
    private const int CmnMeanOffset = 0;
    private const int CmnSumOffset = 16;
    private const int CmnFrameCountOffset = 24;
    private const int CmnVectorLengthOffset = 28;
    private const int MaxCepstrumLength = 64;
    private const int CmnModeLive = 2;

    private readonly IntPtr _feat;
    private readonly IntPtr _cmn;
    private readonly int _mode;
    private readonly float[] _mean;
    private readonly float[] _sum;
    private readonly int _frames;

    private PocketSphinxChannelState(IntPtr feat, IntPtr cmn)
    {
        _feat = feat;
        _cmn = cmn;
        _mode = CurrentMode;
        _mean = CurrentMean();
        _sum = Read(CmnSumOffset);
        _frames = Marshal.ReadInt32(cmn, CmnFrameCountOffset);
    }

    /// <summary>The initial CMN mode (0 none, 1 batch, 2 live) as loaded from the model's feat.params.</summary>
    public int InitialMode => _mode;

    /// <summary>The initial cepstral mean.</summary>
    public ReadOnlySpan<float> InitialMean => _mean;

    /// <summary>The decoder's current CMN mode.</summary>
    public int CurrentMode => Marshal.ReadInt32(_feat, FeatCmnModeOffset);

    /// <summary>Snapshots a freshly created decoder's channel state; null when the layout is not the expected one.</summary>
    public static PocketSphinxChannelState? Capture(PocketSphinxDecoderHandle decoder)
    {
        if (IntPtr.Size != 8)
            return null;
        var feat = PocketSphinxNative.ps_get_feat(decoder);
        if (feat == IntPtr.Zero)
            return null;
        int cepSize = Marshal.ReadInt32(feat, FeatCepSizeOffset);
        int mode = Marshal.ReadInt32(feat, FeatCmnModeOffset);
        var cmn = Marshal.ReadIntPtr(feat, FeatCmnStructOffset);
        if (cmn == IntPtr.Zero || mode is < 0 or > CmnModeLive || cepSize is <= 0 or > MaxCepstrumLength
            || Marshal.ReadInt32(cmn, CmnVectorLengthOffset) != cepSize
            || Marshal.ReadIntPtr(cmn, CmnMeanOffset) == IntPtr.Zero || Marshal.ReadIntPtr(cmn, CmnSumOffset) == IntPtr.Zero)
            return null;
        return new PocketSphinxChannelState(feat, cmn);
    }

    /// <summary>The decoder's current cepstral mean.</summary>
    public float[] CurrentMean() => Read(CmnMeanOffset);

    /// <summary>
    /// Puts back only the loaded CMN mode (batch for the en-us model), keeping the running mean: sphinxbase flips the
    /// mode to live for good on the first block fed, so without this a whole utterance fed in one call after any
    /// partial decode would not get the batch normalisation it is fed whole for. Between utterances only.
    /// </summary>
    public void RestoreMode() => Marshal.WriteInt32(_feat, FeatCmnModeOffset, _mode);

    /// <summary>Puts the captured mode, mean and running sums back (between utterances only).</summary>
    public void Restore()
    {
        Marshal.WriteInt32(_feat, FeatCmnModeOffset, _mode);
        _mean.CopyTo(Vector(CmnMeanOffset));
        _sum.CopyTo(Vector(CmnSumOffset));
        Marshal.WriteInt32(_cmn, CmnFrameCountOffset, _frames);
    }

    private float[] Read(int offset) => Vector(offset).ToArray();

    private Span<float> Vector(int offset) =>
        new((void*)Marshal.ReadIntPtr(_cmn, offset), Marshal.ReadInt32(_cmn, CmnVectorLengthOffset));
}
