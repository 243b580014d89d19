using System.Runtime.InteropServices;

namespace MediaCore.Inference.Whisper.Native;

/// <summary><c>struct whisper_vad_params</c> of whisper.h 1.9.1 (24 bytes), nested in <see cref="WhisperFullParams"/>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WhisperVadParams
{
    public float Threshold;
    public int MinSpeechDurationMs;
    public int MinSilenceDurationMs;
    public float MaxSpeechDurationS;
    public int SpeechPadMs;
    public float SamplesOverlap;
}
