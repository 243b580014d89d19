namespace MediaCore.Server.Browser;

/// <summary>One turn's latency breakdown, in milliseconds: end of caller speech → first bot audio, and the parts.</summary>
public readonly record struct TurnLatency(int Turn, double EndOfSpeechToFirstAudioMs, double SttMs, double BrainMs, double TtsMs);
