namespace MediaCore.Inference.Whisper;

/// <summary>How whisper.cpp picks tokens: greedy (one decoder, fastest) or beam search.</summary>
public enum WhisperSamplingStrategy
{
    Greedy = 0,
    BeamSearch = 1,
}
