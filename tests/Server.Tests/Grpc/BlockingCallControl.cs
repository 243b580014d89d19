using MediaCore.Server.Control;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Tests.Grpc;

/// <summary>A call layer whose Originate never finishes on its own: it waits for cancellation, or ignores it.</summary>
internal sealed class BlockingCallControl(bool honourCancellation) : ICallControl
{
    public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<Call> ListCalls(string? tenantId, bool includeEnded) => [];
    public Call? GetCall(string callId) => null;

    public async Task<Call> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken)
    {
        if (!honourCancellation)
            await Task.Delay(Timeout.Infinite, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        using var registration = cancellationToken.Register(() => Cancelled.TrySetResult(true));
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return new Call();
    }

    public Task HangupAsync(string callId, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
    public Task TransferAsync(string callId, string target, CancellationToken cancellationToken) => Task.CompletedTask;
    public Task<string> SayAsync(string callId, string text, bool interrupt, CancellationToken cancellationToken) => Task.FromResult("");
    public Task SetAgentMutedAsync(string callId, bool muted, CancellationToken cancellationToken) => Task.CompletedTask;
    public Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken) => Task.CompletedTask;
}
