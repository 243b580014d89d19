using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MediaCore.Inference.Whisper.Native;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>
/// Pins the managed mirrors of whisper.h 1.9.1 structs to the C layout. The expected sizes and offsets were printed
/// once by a throwaway C program compiled with gcc 12 on x86-64 against the same header
/// (<c>printf("%zu", sizeof(struct whisper_full_params)); offsetof(...)</c> for every field) and are hard-coded here.
/// </summary>
public sealed unsafe class WhisperLayoutTests
{
    // gcc: sizeof(struct whisper_full_params) = 304, whisper_context_params = 48, whisper_vad_params = 24.
    private const int FullParamsSize = 304;
    private const int ContextParamsSize = 48;
    private const int VadParamsSize = 24;

    // gcc offsetof(struct whisper_full_params, field) for every field.
    public static TheoryData<string, int> FullParamsOffsets => new()
    {
        { nameof(WhisperFullParams.Strategy), 0 }, { nameof(WhisperFullParams.NThreads), 4 },
        { nameof(WhisperFullParams.NMaxTextCtx), 8 }, { nameof(WhisperFullParams.OffsetMs), 12 },
        { nameof(WhisperFullParams.DurationMs), 16 }, { nameof(WhisperFullParams.Translate), 20 },
        { nameof(WhisperFullParams.NoContext), 21 }, { nameof(WhisperFullParams.NoTimestamps), 22 },
        { nameof(WhisperFullParams.SingleSegment), 23 }, { nameof(WhisperFullParams.PrintSpecial), 24 },
        { nameof(WhisperFullParams.PrintProgress), 25 }, { nameof(WhisperFullParams.PrintRealtime), 26 },
        { nameof(WhisperFullParams.PrintTimestamps), 27 }, { nameof(WhisperFullParams.TokenTimestamps), 28 },
        { nameof(WhisperFullParams.TholdPt), 32 }, { nameof(WhisperFullParams.TholdPtsum), 36 },
        { nameof(WhisperFullParams.MaxLen), 40 }, { nameof(WhisperFullParams.SplitOnWord), 44 },
        { nameof(WhisperFullParams.MaxTokens), 48 }, { nameof(WhisperFullParams.DebugMode), 52 },
        { nameof(WhisperFullParams.AudioCtx), 56 }, { nameof(WhisperFullParams.TdrzEnable), 60 },
        { nameof(WhisperFullParams.SuppressRegex), 64 }, { nameof(WhisperFullParams.InitialPrompt), 72 },
        { nameof(WhisperFullParams.CarryInitialPrompt), 80 }, { nameof(WhisperFullParams.PromptTokens), 88 },
        { nameof(WhisperFullParams.PromptNTokens), 96 }, { nameof(WhisperFullParams.Language), 104 },
        { nameof(WhisperFullParams.DetectLanguage), 112 }, { nameof(WhisperFullParams.SuppressBlank), 113 },
        { nameof(WhisperFullParams.SuppressNst), 114 }, { nameof(WhisperFullParams.Temperature), 116 },
        { nameof(WhisperFullParams.MaxInitialTs), 120 }, { nameof(WhisperFullParams.LengthPenalty), 124 },
        { nameof(WhisperFullParams.TemperatureInc), 128 }, { nameof(WhisperFullParams.EntropyThold), 132 },
        { nameof(WhisperFullParams.LogprobThold), 136 }, { nameof(WhisperFullParams.NoSpeechThold), 140 },
        { nameof(WhisperFullParams.GreedyBestOf), 144 }, { nameof(WhisperFullParams.BeamSearchBeamSize), 148 },
        { nameof(WhisperFullParams.BeamSearchPatience), 152 }, { nameof(WhisperFullParams.NewSegmentCallback), 160 },
        { nameof(WhisperFullParams.NewSegmentCallbackUserData), 168 }, { nameof(WhisperFullParams.ProgressCallback), 176 },
        { nameof(WhisperFullParams.ProgressCallbackUserData), 184 }, { nameof(WhisperFullParams.EncoderBeginCallback), 192 },
        { nameof(WhisperFullParams.EncoderBeginCallbackUserData), 200 }, { nameof(WhisperFullParams.AbortCallback), 208 },
        { nameof(WhisperFullParams.AbortCallbackUserData), 216 }, { nameof(WhisperFullParams.LogitsFilterCallback), 224 },
        { nameof(WhisperFullParams.LogitsFilterCallbackUserData), 232 }, { nameof(WhisperFullParams.GrammarRules), 240 },
        { nameof(WhisperFullParams.NGrammarRules), 248 }, { nameof(WhisperFullParams.IStartRule), 256 },
        { nameof(WhisperFullParams.GrammarPenalty), 264 }, { nameof(WhisperFullParams.Vad), 268 },
        { nameof(WhisperFullParams.VadModelPath), 272 }, { nameof(WhisperFullParams.VadParams), 280 },
    };

    [Fact]
    public void Struct_sizes_match_gcc()
    {
        Assert.Equal(FullParamsSize, Unsafe.SizeOf<WhisperFullParams>());
        Assert.Equal(FullParamsSize, Marshal.SizeOf<WhisperFullParams>());
        Assert.Equal(ContextParamsSize, Unsafe.SizeOf<WhisperContextParams>());
        Assert.Equal(ContextParamsSize, Marshal.SizeOf<WhisperContextParams>());
        Assert.Equal(VadParamsSize, Unsafe.SizeOf<WhisperVadParams>());
    }

    [Theory]
    [MemberData(nameof(FullParamsOffsets))]
    public void Full_params_field_offsets_match_gcc(string field, int offset) =>
        Assert.Equal(offset, (int)Marshal.OffsetOf<WhisperFullParams>(field));

    [Fact]
    public void Context_params_field_offsets_match_gcc()
    {
        // gcc: use_gpu 0, flash_attn 1, gpu_device 4, dtw_token_timestamps 8, dtw_aheads_preset 12, dtw_n_top 16,
        // dtw_aheads 24 (n_heads 24, heads 32), dtw_mem_size 40.
        Assert.Equal(1, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.FlashAttn)));
        Assert.Equal(4, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.GpuDevice)));
        Assert.Equal(8, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.DtwTokenTimestamps)));
        Assert.Equal(12, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.DtwAheadsPreset)));
        Assert.Equal(16, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.DtwNTop)));
        Assert.Equal(24, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.DtwAheadsNHeads)));
        Assert.Equal(32, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.DtwAheadsHeads)));
        Assert.Equal(40, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.DtwMemSize)));
    }

    [Fact]
    public void Greedy_defaults_read_from_the_library_match_whisper_cpp_source()
    {
        var native = WhisperNative.whisper_full_default_params_by_ref(WhisperNative.SamplingGreedy);
        try
        {
            var p = Marshal.PtrToStructure<WhisperFullParams>((IntPtr)native);
            Assert.Equal(WhisperNative.SamplingGreedy, p.Strategy);
            Assert.Equal(Math.Min(4, Environment.ProcessorCount), p.NThreads);
            Assert.Equal(16384, p.NMaxTextCtx);
            Assert.Equal((0, 0), (p.OffsetMs, p.DurationMs));
            Assert.Equal([0, 1, 0, 0, 0, 1, 0, 1, 0], (byte[])[p.Translate, p.NoContext, p.NoTimestamps, p.SingleSegment,
                p.PrintSpecial, p.PrintProgress, p.PrintRealtime, p.PrintTimestamps, p.TokenTimestamps]);
            Assert.Equal((0.01f, 0.01f), (p.TholdPt, p.TholdPtsum));
            Assert.Equal((0, 0, 0, 0), (p.MaxLen, (int)p.SplitOnWord, p.MaxTokens, p.AudioCtx));
            Assert.Equal(IntPtr.Zero, p.InitialPrompt);
            Assert.Equal("en", Marshal.PtrToStringUTF8(p.Language));
            Assert.Equal((0, 1, 0), ((int)p.DetectLanguage, (int)p.SuppressBlank, (int)p.SuppressNst));
            Assert.Equal((0f, 1f, -1f), (p.Temperature, p.MaxInitialTs, p.LengthPenalty));
            Assert.Equal((0.2f, 2.4f, -1f, 0.6f), (p.TemperatureInc, p.EntropyThold, p.LogprobThold, p.NoSpeechThold));
            Assert.Equal((5, -1, -1f), (p.GreedyBestOf, p.BeamSearchBeamSize, p.BeamSearchPatience));
            Assert.Equal(IntPtr.Zero, p.AbortCallback);
            Assert.Equal(100f, p.GrammarPenalty);
            Assert.Equal((0, IntPtr.Zero), ((int)p.Vad, p.VadModelPath));
            Assert.Equal(new WhisperVadParams
            {
                Threshold = 0.5f, MinSpeechDurationMs = 250, MinSilenceDurationMs = 100, MaxSpeechDurationS = float.MaxValue,
                SpeechPadMs = 30, SamplesOverlap = 0.1f,
            }, p.VadParams);
        }
        finally
        {
            WhisperNative.whisper_free_params(native);
        }
    }

    [Fact]
    public void Beam_search_defaults_set_beam_size_five()
    {
        var native = WhisperNative.whisper_full_default_params_by_ref(WhisperNative.SamplingBeamSearch);
        try
        {
            Assert.Equal((WhisperNative.SamplingBeamSearch, -1, 5, -1f),
                (native->Strategy, native->GreedyBestOf, native->BeamSearchBeamSize, native->BeamSearchPatience));
        }
        finally
        {
            WhisperNative.whisper_free_params(native);
        }
    }

    [Fact]
    public void Context_defaults_read_from_the_library_match_whisper_cpp_source()
    {
        var native = WhisperNative.whisper_context_default_params_by_ref();
        try
        {
            var p = Marshal.PtrToStructure<WhisperContextParams>((IntPtr)native);
            Assert.Equal((1, 1, 0), ((int)p.UseGpu, (int)p.FlashAttn, p.GpuDevice));
            Assert.Equal((0, 0, -1), ((int)p.DtwTokenTimestamps, p.DtwAheadsPreset, p.DtwNTop));
            Assert.Equal(((nuint)0, IntPtr.Zero), (p.DtwAheadsNHeads, p.DtwAheadsHeads));
            Assert.Equal((nuint)(128 * 1024 * 1024), p.DtwMemSize);
        }
        finally
        {
            WhisperNative.whisper_free_context_params(native);
        }
    }

    [Fact]
    public void Every_field_written_through_the_struct_lands_at_the_gcc_offset_in_native_memory()
    {
        var native = WhisperNative.whisper_full_default_params_by_ref(WhisperNative.SamplingGreedy);
        try
        {
            var p = Marshal.PtrToStructure<WhisperFullParams>((IntPtr)native);
            var expected = FillDistinct(ref p);
            Marshal.StructureToPtr(p, (IntPtr)native, fDeleteOld: false);
            var bytes = new ReadOnlySpan<byte>(native, FullParamsSize);
            foreach (var (offset, value) in expected)
                Assert.True(bytes.Slice(offset, value.Length).SequenceEqual(value), $"bytes at offset {offset}");
            Assert.Equal(p, Marshal.PtrToStructure<WhisperFullParams>((IntPtr)native));
        }
        finally
        {
            WhisperNative.whisper_free_params(native);
        }
    }

    // Gives every field a distinct value and returns the little-endian bytes expected at its gcc offset.
    private static List<(int Offset, byte[] Value)> FillDistinct(ref WhisperFullParams p)
    {
        var expected = new List<(int, byte[])>();
        var next = 1;
        int Int(int offset) { var v = 1000 + next++; expected.Add((offset, BitConverter.GetBytes(v))); return v; }
        byte Bool(int offset) { var v = (byte)(next++ % 2 == 0 ? 1 : 2); expected.Add((offset, [v])); return v; }
        float Float(int offset) { var v = 0.5f + next++; expected.Add((offset, BitConverter.GetBytes(v))); return v; }
        IntPtr Ptr(int offset) { var v = (IntPtr)(0x1000_0000_0000 + next++ * 8); expected.Add((offset, BitConverter.GetBytes((long)v))); return v; }
        nuint Size(int offset) { var v = (nuint)(5000 + next++); expected.Add((offset, BitConverter.GetBytes((ulong)v))); return v; }

        p.Strategy = Int(0); p.NThreads = Int(4); p.NMaxTextCtx = Int(8); p.OffsetMs = Int(12); p.DurationMs = Int(16);
        p.Translate = Bool(20); p.NoContext = Bool(21); p.NoTimestamps = Bool(22); p.SingleSegment = Bool(23);
        p.PrintSpecial = Bool(24); p.PrintProgress = Bool(25); p.PrintRealtime = Bool(26); p.PrintTimestamps = Bool(27);
        p.TokenTimestamps = Bool(28); p.TholdPt = Float(32); p.TholdPtsum = Float(36); p.MaxLen = Int(40);
        p.SplitOnWord = Bool(44); p.MaxTokens = Int(48); p.DebugMode = Bool(52); p.AudioCtx = Int(56); p.TdrzEnable = Bool(60);
        p.SuppressRegex = Ptr(64); p.InitialPrompt = Ptr(72); p.CarryInitialPrompt = Bool(80); p.PromptTokens = Ptr(88);
        p.PromptNTokens = Int(96); p.Language = Ptr(104); p.DetectLanguage = Bool(112); p.SuppressBlank = Bool(113);
        p.SuppressNst = Bool(114); p.Temperature = Float(116); p.MaxInitialTs = Float(120); p.LengthPenalty = Float(124);
        p.TemperatureInc = Float(128); p.EntropyThold = Float(132); p.LogprobThold = Float(136); p.NoSpeechThold = Float(140);
        p.GreedyBestOf = Int(144); p.BeamSearchBeamSize = Int(148); p.BeamSearchPatience = Float(152);
        p.NewSegmentCallback = Ptr(160); p.NewSegmentCallbackUserData = Ptr(168); p.ProgressCallback = Ptr(176);
        p.ProgressCallbackUserData = Ptr(184); p.EncoderBeginCallback = Ptr(192); p.EncoderBeginCallbackUserData = Ptr(200);
        p.AbortCallback = Ptr(208); p.AbortCallbackUserData = Ptr(216); p.LogitsFilterCallback = Ptr(224);
        p.LogitsFilterCallbackUserData = Ptr(232); p.GrammarRules = Ptr(240); p.NGrammarRules = Size(248);
        p.IStartRule = Size(256); p.GrammarPenalty = Float(264); p.Vad = Bool(268); p.VadModelPath = Ptr(272);
        p.VadParams = new WhisperVadParams
        {
            Threshold = Float(280), MinSpeechDurationMs = Int(284), MinSilenceDurationMs = Int(288),
            MaxSpeechDurationS = Float(292), SpeechPadMs = Int(296), SamplesOverlap = Float(300),
        };
        return expected;
    }
}
