using System.Runtime.InteropServices;

namespace MediaCore.Inference.Whisper.Native;

/// <summary>
/// <c>struct whisper_full_params</c> of whisper.h 1.9.1: 304 bytes on x86-64. Field order and C types follow the
/// header one for one (bool → <see cref="byte"/>, pointers and callbacks → <see cref="IntPtr"/>, size_t → <see cref="nuint"/>),
/// so sequential layout reproduces the C compiler's padding. The trailing comments are the offsets gcc 12 reports
/// (see WhisperLayoutTests); a layout test pins them.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WhisperFullParams
{
    public int Strategy;                        // 0   enum whisper_sampling_strategy
    public int NThreads;                        // 4
    public int NMaxTextCtx;                     // 8
    public int OffsetMs;                        // 12
    public int DurationMs;                      // 16
    public byte Translate;                      // 20
    public byte NoContext;                      // 21
    public byte NoTimestamps;                   // 22
    public byte SingleSegment;                  // 23
    public byte PrintSpecial;                   // 24
    public byte PrintProgress;                  // 25
    public byte PrintRealtime;                  // 26
    public byte PrintTimestamps;                // 27
    public byte TokenTimestamps;                // 28
    public float TholdPt;                       // 32
    public float TholdPtsum;                    // 36
    public int MaxLen;                          // 40
    public byte SplitOnWord;                    // 44
    public int MaxTokens;                       // 48
    public byte DebugMode;                      // 52
    public int AudioCtx;                        // 56
    public byte TdrzEnable;                     // 60
    public IntPtr SuppressRegex;                // 64  const char*
    public IntPtr InitialPrompt;                // 72  const char*
    public byte CarryInitialPrompt;             // 80
    public IntPtr PromptTokens;                 // 88  const whisper_token*
    public int PromptNTokens;                   // 96
    public IntPtr Language;                     // 104 const char* (UTF-8, must outlive the call)
    public byte DetectLanguage;                 // 112
    public byte SuppressBlank;                  // 113
    public byte SuppressNst;                    // 114
    public float Temperature;                   // 116
    public float MaxInitialTs;                  // 120
    public float LengthPenalty;                 // 124
    public float TemperatureInc;                // 128
    public float EntropyThold;                  // 132
    public float LogprobThold;                  // 136
    public float NoSpeechThold;                 // 140
    public int GreedyBestOf;                    // 144 greedy.best_of
    public int BeamSearchBeamSize;              // 148 beam_search.beam_size
    public float BeamSearchPatience;            // 152 beam_search.patience
    public IntPtr NewSegmentCallback;           // 160
    public IntPtr NewSegmentCallbackUserData;   // 168
    public IntPtr ProgressCallback;             // 176
    public IntPtr ProgressCallbackUserData;     // 184
    public IntPtr EncoderBeginCallback;         // 192
    public IntPtr EncoderBeginCallbackUserData; // 200
    public IntPtr AbortCallback;                // 208 ggml_abort_callback: bool (*)(void*)
    public IntPtr AbortCallbackUserData;        // 216
    public IntPtr LogitsFilterCallback;         // 224
    public IntPtr LogitsFilterCallbackUserData; // 232
    public IntPtr GrammarRules;                 // 240
    public nuint NGrammarRules;                 // 248
    public nuint IStartRule;                    // 256
    public float GrammarPenalty;                // 264
    public byte Vad;                            // 268
    public IntPtr VadModelPath;                 // 272
    public WhisperVadParams VadParams;          // 280 (24 bytes) → 304 total
}
