namespace MediaCore.Server.Streams;

/// <summary>Which telephony provider's WebSocket stream dialect a connection speaks.</summary>
public enum StreamProvider
{
    Exotel,
    Plivo,
    Twilio,

    /// <summary>The built-in browser demo (src/Server/Browser): 16 kHz PCM16 frames from a web page's microphone.</summary>
    Browser,
}
