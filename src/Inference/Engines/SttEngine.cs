namespace MediaCore.Inference.Engines;

/// <summary>Which speech-to-text engine the configuration asks for.</summary>
public enum SttEngine
{
    /// <summary>Whisper when its weights and library are present, else PocketSphinx.</summary>
    Auto,

    /// <summary>whisper.cpp (falls back to PocketSphinx unless fallback is off).</summary>
    Whisper,

    /// <summary>PocketSphinx (English only; tenant grammars).</summary>
    PocketSphinx,
}
