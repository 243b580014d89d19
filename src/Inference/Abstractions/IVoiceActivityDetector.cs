namespace MediaCore.Inference.Abstractions;

/// <summary>
/// Voice activity detection (Silero VAD on ONNX Runtime, or the energy/zero-crossing fallback).
/// Audio arrives in any chunk size (typically one 20 ms frame); the detector windows it internally.
/// One instance per call: it carries recurrent state.
/// </summary>
public interface IVoiceActivityDetector : IDisposable
{
    /// <summary>8000 or 16000.</summary>
    int SampleRate { get; }

    /// <summary>Feeds samples; returns the speech probability (0..1) of the latest complete window. Allocates nothing.</summary>
    float Process(ReadOnlySpan<short> pcm);

    /// <summary>Clears recurrent state and buffered samples (new call or after a long pause).</summary>
    void Reset();
}
