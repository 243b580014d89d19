namespace MediaCore.Inference.Engines;

/// <summary>Which voice activity detector the configuration asks for.</summary>
public enum VadEngine
{
    /// <summary>Silero VAD v5 on ONNX Runtime (falls back to energy when ORT or the model is missing).</summary>
    Silero,

    /// <summary>The energy/zero-crossing detector: no model, no native library.</summary>
    Energy,
}
