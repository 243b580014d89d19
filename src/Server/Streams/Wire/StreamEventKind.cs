namespace MediaCore.Server.Streams.Wire;

/// <summary>Inbound events, named the same for every provider once classified.</summary>
public enum StreamEventKind
{
    Unknown,
    Connected,
    Start,
    Media,
    Dtmf,
    /// <summary>Exotel/Twilio <c>mark</c>, Plivo <c>playedStream</c> / <c>played</c>.</summary>
    MarkPlayed,
    /// <summary>Plivo <c>clearedAudio</c>.</summary>
    Cleared,
    Stop,
}
