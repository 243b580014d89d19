namespace MediaCore.Inference.Tests.Whisper;

/// <summary>
/// A fact that runs only when real whisper weights (ggml-base.en.bin or ggml-tiny.en.bin) are in
/// &lt;repo&gt;/models/cache or MEDIACORE_MODELS_DIR; otherwise it is reported as skipped with the reason
/// (xunit 2 has no dynamic skip, so the decision is made when the attribute is constructed).
/// </summary>
public sealed class RequiresWhisperWeightsFactAttribute : FactAttribute
{
    public RequiresWhisperWeightsFactAttribute()
    {
        if (WhisperTestPaths.FindRealModel() is null)
            Skip = "SKIPPED: no real whisper weights — put ggml-tiny.en.bin or ggml-base.en.bin in <repo>/models/cache " +
                   $"or set {WhisperTestPaths.ModelsDirEnvironmentVariable} to run the accuracy tests.";
    }
}
