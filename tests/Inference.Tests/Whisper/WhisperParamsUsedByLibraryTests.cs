using System.Runtime.InteropServices;
using MediaCore.Inference.Whisper;
using MediaCore.Inference.Whisper.Native;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>
/// Proves whisper.cpp reads fields where the managed struct writes them: each test sets one field whose effect the
/// library makes visible (an error code, or a callback receiving the user-data pointer we stored next to it).
/// </summary>
[Collection(GeneratedWhisperModelCollection.Name)]
public sealed unsafe class WhisperParamsUsedByLibraryTests(GeneratedWhisperModelFixture fixture)
{
    private static int _encoderBeginCalls;
    private static IntPtr _encoderBeginUserData;
    private static IntPtr _newSegmentUserData;

    [Fact]
    public void Greedy_best_of_above_the_decoder_limit_is_rejected_with_code_minus_4()
    {
        var p = BaseParams();
        p.GreedyBestOf = 9; // WHISPER_MAX_DECODERS is 8
        Assert.Equal(-4, Run(p));
    }

    [Fact]
    public void Audio_ctx_above_the_model_window_is_rejected_with_code_minus_5()
    {
        var p = BaseParams();
        p.AudioCtx = 1501;
        Assert.Equal(-5, Run(p));
    }

    [Fact]
    public void Encoder_begin_and_new_segment_callbacks_receive_their_user_data()
    {
        var p = BaseParams();
        p.EncoderBeginCallback = (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, IntPtr, byte>)&OnEncoderBegin;
        p.EncoderBeginCallbackUserData = 0x1234;
        p.NewSegmentCallback = (IntPtr)(delegate* unmanaged<IntPtr, IntPtr, int, IntPtr, void>)&OnNewSegment;
        p.NewSegmentCallbackUserData = 0x5678;
        Assert.Equal(0, Run(p));
        Assert.Equal(1, _encoderBeginCalls);
        Assert.Equal((IntPtr)0x1234, _encoderBeginUserData);
        Assert.Equal((IntPtr)0x5678, _newSegmentUserData);
    }

    private WhisperFullParams BaseParams()
    {
        var p = fixture.Model.DefaultParams(WhisperSamplingStrategy.Greedy);
        p.NThreads = 2;
        p.PrintProgress = p.PrintTimestamps = 0;
        p.TemperatureInc = 0;
        p.MaxTokens = 4;
        p.SingleSegment = 1;
        p.NoTimestamps = 1;
        p.AudioCtx = 128; // a short encoder window keeps the test fast
        return p;
    }

    private int Run(WhisperFullParams p)
    {
        var audio = new float[16000];
        for (var i = 0; i < audio.Length; i++)
            audio[i] = MathF.Sin(i * 0.05f) * 0.3f;
        using var state = fixture.Model.CreateState();
        fixed (float* samples = audio)
            return WhisperNative.whisper_full_with_state(fixture.Model.RawContext, state.DangerousGetHandle(), p, samples, audio.Length);
    }

    [UnmanagedCallersOnly]
    private static byte OnEncoderBegin(IntPtr ctx, IntPtr state, IntPtr userData)
    {
        Interlocked.Increment(ref _encoderBeginCalls);
        _encoderBeginUserData = userData;
        return 1;
    }

    [UnmanagedCallersOnly]
    private static void OnNewSegment(IntPtr ctx, IntPtr state, int newSegments, IntPtr userData) => _newSegmentUserData = userData;
}
