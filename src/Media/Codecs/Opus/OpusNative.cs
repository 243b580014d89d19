using System.Runtime.InteropServices;
using MediaCore.Media.Native;

namespace MediaCore.Media.Codecs.Opus;

/// <summary>The libopus 1.3 C API (opus.h), blittable signatures only.</summary>
internal static unsafe partial class OpusNative
{
    public const int Ok = 0;
    public const int ApplicationVoip = 2048;

    // opus_defines.h request codes. opus_encoder_ctl is variadic; a fixed (st, request, int) signature passes the
    // int in the same register on x64 SysV, so it is correct for integer SET requests only (never GET: they take a pointer).
    public const int SetBitrateRequest = 4002;
    public const int SetComplexityRequest = 4010;
    public const int SetInbandFecRequest = 4012;
    public const int SetPacketLossPercRequest = 4014;

    [LibraryImport(NativeLibraryCatalog.Opus, EntryPoint = "opus_encoder_create")]
    public static partial IntPtr EncoderCreate(int sampleRate, int channels, int application, out int error);

    [LibraryImport(NativeLibraryCatalog.Opus, EntryPoint = "opus_encode")]
    public static partial int Encode(IntPtr encoder, short* pcm, int frameSize, byte* data, int maxDataBytes);

    [LibraryImport(NativeLibraryCatalog.Opus, EntryPoint = "opus_encoder_ctl")]
    public static partial int EncoderCtl(IntPtr encoder, int request, int value);

    [LibraryImport(NativeLibraryCatalog.Opus, EntryPoint = "opus_encoder_destroy")]
    public static partial void EncoderDestroy(IntPtr encoder);

    [LibraryImport(NativeLibraryCatalog.Opus, EntryPoint = "opus_decoder_create")]
    public static partial IntPtr DecoderCreate(int sampleRate, int channels, out int error);

    [LibraryImport(NativeLibraryCatalog.Opus, EntryPoint = "opus_decode")]
    public static partial int Decode(IntPtr decoder, byte* data, int length, short* pcm, int frameSize, int decodeFec);

    [LibraryImport(NativeLibraryCatalog.Opus, EntryPoint = "opus_decoder_destroy")]
    public static partial void DecoderDestroy(IntPtr decoder);

    [LibraryImport(NativeLibraryCatalog.Opus, EntryPoint = "opus_strerror")]
    public static partial IntPtr StrError(int error);

    /// <summary>libopus's own sentence for an error code (a static C string: nothing to free).</summary>
    public static string ErrorText(int error) => Marshal.PtrToStringUTF8(StrError(error)) ?? $"opus error {error}";
}
