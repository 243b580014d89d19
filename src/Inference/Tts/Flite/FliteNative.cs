using System.Runtime.InteropServices;
using MediaCore.Media.Native;

namespace MediaCore.Inference.Tts;

/// <summary>P/Invoke surface of libflite (flite 2.2, <c>flite/flite.h</c>, <c>flite/cst_wave.h</c>).</summary>
internal static unsafe partial class FliteNative
{
    private const string Library = NativeLibraryCatalog.Flite;

    /// <summary>cst_wave from cst_wave.h: <c>{ const char *type; int sample_rate; int num_samples; int num_channels; short *samples; }</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct CstWave
    {
        public IntPtr Type;
        public int SampleRate;
        public int NumSamples;
        public int NumChannels;
        public short* Samples;
    }

    /// <summary>cst_voice from cst_voice.h starts <c>{ const char *name; cst_features *features; ... }</c>.</summary>
    public const int VoiceFeaturesOffset = 8;

    /// <summary>
    /// cst_audio_streaming_info from cst_audio.h: <c>{ int min_buffsize; int (*asc)(const cst_wave*, int start, int size,
    /// int last, cst_audio_streaming_info*); const cst_utterance *utt; const cst_item *item; void *userdata; }</c>.
    /// </summary>
    public const int StreamingCallbackOffset = 8;

    public const int StreamingUserDataOffset = 32;

    /// <summary>Streaming callback results (CST_AUDIO_STREAM_CONT / CST_AUDIO_STREAM_STOP).</summary>
    public const int StreamContinue = 0;

    public const int StreamStop = -1;

    [LibraryImport(Library, EntryPoint = "new_audio_streaming_info")]
    public static partial IntPtr NewAudioStreamingInfo();

    /// <summary>Wraps the info in a cst_val for a voice feature (the feature then owns it).</summary>
    [LibraryImport(Library, EntryPoint = "audio_streaming_info_val")]
    public static partial IntPtr AudioStreamingInfoVal(IntPtr info);

    [LibraryImport(Library, EntryPoint = "flite_feat_set")]
    public static partial void FeatSet(IntPtr features, IntPtr name, IntPtr value);

    /// <summary>
    /// libc's srand: flite's clustergen voices (slt, awb, rms) draw excitation noise from libc rand(), so seeding it
    /// before each synthesis makes the same text give the same samples regardless of what was synthesised before.
    /// </summary>
    [LibraryImport("libc.so.6", EntryPoint = "srand")]
    public static partial void SeedRandom(uint seed);

    [LibraryImport(Library, EntryPoint = "flite_init")]
    public static partial int Init();

    /// <summary>Synthesises a whole utterance; NULL on failure. The wave belongs to the caller (<see cref="DeleteWave"/>).</summary>
    [LibraryImport(Library, EntryPoint = "flite_text_to_wave", StringMarshalling = StringMarshalling.Utf8)]
    public static partial CstWave* TextToWave(string text, IntPtr voice);

    [LibraryImport(Library, EntryPoint = "delete_wave")]
    public static partial void DeleteWave(CstWave* wave);

    /// <summary>
    /// flite keeps the <paramref name="name"/> pointer itself as the feature key (it expects string constants),
    /// so names must be native memory that lives for the process: see <see cref="FeatureName"/>.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "flite_feat_set_float")]
    public static partial void FeatSetFloat(IntPtr features, IntPtr name, float value);

    /// <summary>A feature name in never-freed native memory (a marshalled temporary would dangle inside the voice).</summary>
    public static IntPtr FeatureName(string name) => Marshal.StringToCoTaskMemUTF8(name);
}
