namespace MediaCore.Bench.Pipeline;

/// <summary>
/// One caller turn: end of caller speech (its last frame sent) → first bot RTP packet out, and its stages. The
/// end-of-turn wait is what the response took beyond the pipeline's own end-to-end (VAD silence before the turn ends).
/// </summary>
public sealed record TurnSample(
    double ResponseMs,
    double CallerHeardMs,
    double EndOfTurnWaitMs,
    double SttFinalMs,
    double BrainFirstTokenMs,
    double FirstTtsAudioMs,
    double FirstRtpOutMs);
