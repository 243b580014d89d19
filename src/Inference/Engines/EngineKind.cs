namespace MediaCore.Inference.Engines;

/// <summary>The three engine slots a call uses.</summary>
public enum EngineKind
{
    SpeechToText,
    TextToSpeech,
    VoiceActivityDetection,
}
