namespace MediaCore.Server.Browser;

/// <summary>
/// The browser call WebSocket (/call/ws?tenant=ID) wire format.
/// <code>
///  page → server  binary  exactly 640 bytes: 320 PCM16 little-endian mono samples at 16 kHz (20 ms)
///                 text    {"type":"start","tenant":"ID"} (first message) | {"type":"hangup"} | {"type":"dtmf","digit":"5"}
///                         | {"type":"played","samples":N} (bot samples played so far: the playout mark)
///  server → page  binary  exactly 640 bytes of bot audio, same format, paced at real time with a small lead
///                 text    {"type":"state"|"transcript"|"reply"|"language"|"latency"|"bargein"|"tenant"|"flush", …}
/// </code>
/// Anything else (another frame size, audio before start, text that is not one of the above, a message over
/// <see cref="MaxMessageBytes"/>) closes that socket with a reason; other calls are untouched.
/// </summary>
public static class BrowserWire
{
    public const int SampleRate = 16000;
    public const int FrameSamples = 320;
    public const int FrameBytes = FrameSamples * sizeof(short);

    /// <summary>Largest text message accepted (control messages are tens of bytes).</summary>
    public const int MaxMessageBytes = 4096;

    /// <summary>Subprotocol the server selects; the page may offer it with "mediacore.bearer.&lt;token&gt;" (browsers cannot set headers).</summary>
    public const string SubProtocol = "mediacore.v1";

    public const string BearerSubProtocolPrefix = "mediacore.bearer.";

    /// <summary>Query parameter alternative to the subprotocol for the token.</summary>
    public const string TokenQueryParameter = "access_token";
}
