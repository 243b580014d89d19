namespace MediaCore.Pipeline.Calls;

/// <summary>What the tick thread tells the workers (a small struct: posting it allocates nothing).</summary>
internal readonly record struct TickSignal(TickSignalKind Kind, int Value, int UtteranceId, long Tick, long Timestamp);

internal enum TickSignalKind : byte
{
    /// <summary>Barge-in decided; <see cref="TickSignal.Value"/> is the new generation.</summary>
    BargeIn,
    /// <summary>An overlapping utterance turned out to be a real turn after the bot had finished.</summary>
    OverlapAccepted,
    /// <summary>An overlapping utterance was a backchannel or noise.</summary>
    OverlapIgnored,
    /// <summary>A turn's first audio frame went out; <see cref="TickSignal.Value"/> is the turn id.</summary>
    FirstAudioOut,
    /// <summary>Silence escalation or maximum duration; <see cref="TickSignal.Value"/> is the step.</summary>
    Escalation,
    /// <summary>The goodbye has played out: time to hang up.</summary>
    HangUpDue,
}
