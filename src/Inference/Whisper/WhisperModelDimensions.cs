namespace MediaCore.Inference.Whisper;

/// <summary>The dimensions whisper.cpp reports for a loaded model (whisper_model_n_*), plus its type name ("tiny", "base").</summary>
public sealed record WhisperModelDimensions(
    int NVocab,
    int NAudioCtx,
    int NAudioState,
    int NAudioHead,
    int NAudioLayer,
    int NTextCtx,
    int NTextState,
    int NTextHead,
    int NTextLayer,
    int NMels,
    int FType,
    bool IsMultilingual,
    string TypeName);
