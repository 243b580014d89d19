namespace MediaCore.Pipeline.Latency;

/// <summary>The stages of one turn's response time, each measured from the previous mark.</summary>
public enum LatencyStage
{
    /// <summary>Caller's end of speech (turn end decided) → final transcript.</summary>
    SpeechToText,
    /// <summary>Final transcript → the brain's first token.</summary>
    BrainFirstToken,
    /// <summary>First token → first synthesised audio.</summary>
    TextToSpeechFirstAudio,
    /// <summary>First synthesised audio → first frame handed to the media plane.</summary>
    Playout,
    /// <summary>Caller's end of speech → first bot audio frame out.</summary>
    EndToEnd,
    /// <summary>Start of overlapping caller speech → barge-in decision.</summary>
    BargeInDecision,
}
