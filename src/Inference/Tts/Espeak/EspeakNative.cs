using System.Runtime.InteropServices;
using MediaCore.Media.Native;

namespace MediaCore.Inference.Tts;

/// <summary>P/Invoke surface of libespeak-ng 1.51 (<c>espeak-ng/speak_lib.h</c>). All of it touches global state.</summary>
internal static unsafe partial class EspeakNative
{
    private const string Library = NativeLibraryCatalog.EspeakNg;

    /// <summary>espeak_AUDIO_OUTPUT: like RETRIEVAL (audio goes to the callback) but espeak_Synth returns when done.</summary>
    public const int AudioOutputSynchronous = 2;

    /// <summary>Initialise option bit 15: return an error instead of calling exit() when espeak-ng-data is missing.</summary>
    public const int InitializeDontExit = 0x8000;

    public const int CharsUtf8 = 1;

    /// <summary>espeak_Synth flag: add the sentence-final pause (we synthesise sentence by sentence).</summary>
    public const int EndPause = 0x1000;

    /// <summary>espeak_TextToPhonemes phoneme_mode bit 1: IPA as UTF-8 instead of espeak's ASCII mnemonics.</summary>
    public const int PhonemesIpa = 0x02;

    /// <summary>espeak_POSITION_TYPE POS_CHARACTER.</summary>
    public const int PositionCharacter = 1;

    /// <summary>espeak_PARAMETER espeakRATE (words per minute, 80–450).</summary>
    public const int ParameterRate = 1;

    public const int Ok = 0;

    /// <summary>Returns the sample rate (22050) or -1.</summary>
    [LibraryImport(Library, EntryPoint = "espeak_Initialize")]
    public static partial int Initialize(int output, int bufferLengthMs, IntPtr path, int options);

    /// <summary>Callback: <c>int cb(short *wav, int numsamples, espeak_EVENT *events)</c>; return 1 to abort synthesis.</summary>
    [LibraryImport(Library, EntryPoint = "espeak_SetSynthCallback")]
    public static partial void SetSynthCallback(delegate* unmanaged[Cdecl]<short*, int, IntPtr, int> callback);

    [LibraryImport(Library, EntryPoint = "espeak_SetVoiceByName", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetVoiceByName(string name);

    [LibraryImport(Library, EntryPoint = "espeak_SetParameter")]
    public static partial int SetParameter(int parameter, int value, int relative);

    [LibraryImport(Library, EntryPoint = "espeak_Synth")]
    public static partial int Synth(byte* text, nuint size, uint position, int positionType, uint endPosition,
        uint flags, uint* uniqueIdentifier, IntPtr userData);

    /// <summary>Phonemes of one clause; advances <paramref name="textPointer"/> (NULL at the end). Returns a static buffer.</summary>
    [LibraryImport(Library, EntryPoint = "espeak_TextToPhonemes")]
    public static partial IntPtr TextToPhonemes(IntPtr* textPointer, int textMode, int phonemeMode);
}
