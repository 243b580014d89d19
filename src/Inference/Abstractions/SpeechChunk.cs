namespace MediaCore.Inference.Abstractions;

/// <summary>Up to 20 ms of synthesised mono PCM16. <paramref name="Samples"/> is owned by the receiver.</summary>
public readonly record struct SpeechChunk(ReadOnlyMemory<short> Samples, int SampleRate);
