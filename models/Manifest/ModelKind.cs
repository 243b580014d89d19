namespace MediaCore.Models;

/// <summary>What a manifest file is for. Serialised in kebab case: vad, whisper, piper-voice, piper-config.</summary>
public enum ModelKind
{
    Vad,
    Whisper,
    PiperVoice,
    PiperConfig,
}
