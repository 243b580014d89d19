using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>
/// What the control API needs from the call layer. Calls are described with the API's own message types (numbers
/// already masked). Failures are <see cref="CallControlException"/>s; the call layer publishes its events to the
/// <see cref="CallEventHub"/> it was built with.
/// </summary>
public interface ICallControl
{
    IReadOnlyList<Call> ListCalls(string? tenantId, bool includeEnded);
    Call? GetCall(string callId);
    Task<Call> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken);
    Task HangupAsync(string callId, string reason, CancellationToken cancellationToken);
    Task TransferAsync(string callId, string target, CancellationToken cancellationToken);
    /// <summary>Returns the utterance id that later BotUtterance/BargeIn events carry.</summary>
    Task<string> SayAsync(string callId, string text, bool interrupt, CancellationToken cancellationToken);
    Task SetAgentMutedAsync(string callId, bool muted, CancellationToken cancellationToken);
    Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken);
}
