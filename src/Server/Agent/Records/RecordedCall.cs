namespace MediaCore.Server.Agent.Records;

/// <summary>
/// What the records need to know about a call, whatever carried it (a SIP call, a provider's WebSocket stream, the
/// browser page): its id, the tenant it names (the agent's own tenant wins), the number dialled and the caller's
/// number. The number is only ever hashed by <see cref="CallRecorder"/>; it is never stored or logged.
/// </summary>
/// <param name="CallId">Unique per call (SIP Call-ID, "&lt;provider&gt;:&lt;stream id&gt;").</param>
/// <param name="Tenant">The tenant the transport routed to, if any.</param>
/// <param name="Did">The number (or line) the caller dialled.</param>
/// <param name="CallerNumber">The caller's number; null or a non-number (withheld, browser) records no caller hash.</param>
public sealed record RecordedCall(string CallId, string? Tenant, string Did, string? CallerNumber);
