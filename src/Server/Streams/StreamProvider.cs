namespace MediaCore.Server.Streams;

/// <summary>Which telephony provider's WebSocket stream dialect a connection speaks.</summary>
public enum StreamProvider
{
    Exotel,
    Plivo,
    Twilio,
}
