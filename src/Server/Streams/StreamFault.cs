using System.Net.WebSockets;

namespace MediaCore.Server.Streams;

/// <summary>A reason to end a stream, sent to the provider as the WebSocket close status and description.</summary>
public readonly record struct StreamFault(WebSocketCloseStatus Status, string Reason)
{
    public static StreamFault BadData(string reason) => new(WebSocketCloseStatus.InvalidPayloadData, reason);

    public static StreamFault Policy(string reason) => new(WebSocketCloseStatus.PolicyViolation, reason);
}
