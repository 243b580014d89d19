using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Hosting;

/// <summary>
/// The store as the live agents see it, counting calls started but not yet ended, so shutdown can wait for the last
/// calls' ends (written after their BYE) before the store closes. Everything else passes straight through.
/// </summary>
internal sealed class OpenCallTrackingStore(ICallRecordStore inner) : ICallRecordStore
{
    private readonly Lock _gate = new();
    private int _open;
    private TaskCompletionSource? _idle;

    public int OpenCalls { get { lock (_gate) return _open; } }

    /// <summary>Completes when no call is open (at once if none is).</summary>
    public Task IdleAsync()
    {
        lock (_gate)
            return _open == 0 ? Task.CompletedTask : (_idle ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    public async Task<bool> StartCallAsync(CallStart start, CancellationToken cancellationToken = default)
    {
        bool recording = await inner.StartCallAsync(start, cancellationToken).ConfigureAwait(false);
        lock (_gate)
            _open++;
        return recording;
    }

    public async Task EndCallAsync(TenantId tenant, string callId, CallEnd end, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.EndCallAsync(tenant, callId, end, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                if (_open > 0 && --_open == 0)
                {
                    _idle?.TrySetResult();
                    _idle = null;
                }
            }
        }
    }

    public Task AnswerCallAsync(TenantId tenant, string callId, DateTimeOffset? answeredAt = null, CancellationToken cancellationToken = default) =>
        inner.AnswerCallAsync(tenant, callId, answeredAt, cancellationToken);

    public Task<bool> AppendTurnAsync(TenantId tenant, string callId, CallTurn turn, CancellationToken cancellationToken = default) =>
        inner.AppendTurnAsync(tenant, callId, turn, cancellationToken);

    public Task AddEntityAsync(TenantId tenant, string callId, CallEntity entity, CancellationToken cancellationToken = default) =>
        inner.AddEntityAsync(tenant, callId, entity, cancellationToken);

    public Task SuppressTranscriptAsync(TenantId tenant, string callId, CancellationToken cancellationToken = default) =>
        inner.SuppressTranscriptAsync(tenant, callId, cancellationToken);

    public Task<CallRecord?> GetCallAsync(TenantId tenant, string callId, CancellationToken cancellationToken = default) =>
        inner.GetCallAsync(tenant, callId, cancellationToken);

    public Task<CallPage> ListCallsAsync(TenantId tenant, CallQuery query, CancellationToken cancellationToken = default) =>
        inner.ListCallsAsync(tenant, query, cancellationToken);

    public Task<IReadOnlyList<CallEntity>> ListEntitiesAsync(TenantId tenant, string? kind = null, int limit = 100, CancellationToken cancellationToken = default) =>
        inner.ListEntitiesAsync(tenant, kind, limit, cancellationToken);

    public Task<CallAnalytics> GetAnalyticsAsync(TenantId tenant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        inner.GetAnalyticsAsync(tenant, from, to, cancellationToken);

    public Task<CallerMemory> GetCallerMemoryAsync(TenantId tenant, CallerHash caller, int recentCalls = 3, CancellationToken cancellationToken = default) =>
        inner.GetCallerMemoryAsync(tenant, caller, recentCalls, cancellationToken);

    public Task OptOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default) =>
        inner.OptOutAsync(tenant, caller, cancellationToken);

    public Task<bool> IsOptedOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default) =>
        inner.IsOptedOutAsync(tenant, caller, cancellationToken);

    public Task ClearOptOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default) =>
        inner.ClearOptOutAsync(tenant, caller, cancellationToken);

    public Task<CallerDeletionReport> DeleteCallerDataAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default) =>
        inner.DeleteCallerDataAsync(tenant, caller, cancellationToken);
}
