using MediaCore.Pipeline.Privacy;

namespace MediaCore.Pipeline.Records;

/// <summary>
/// The per-tenant record of calls: what the SIP layer and the agent pipeline write while a call is up, and what a
/// business may read back. Every operation takes the <see cref="TenantId"/> and touches that tenant's rows only.
/// Writes are small transactions (one per turn), so a server crash keeps the call and its turns so far.
/// </summary>
public interface ICallRecordStore
{
    /// <summary>
    /// Writes the call row. Returns false when the caller has opted out earlier (turn texts will not be stored:
    /// the pipeline should not say "this call is transcribed" again, and the outcome will be privacy_opt_out).
    /// </summary>
    Task<bool> StartCallAsync(CallStart start, CancellationToken cancellationToken = default);

    Task AnswerCallAsync(TenantId tenant, string callId, DateTimeOffset? answeredAt = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores one turn as it happens. A caller turn asking not to be recorded ("don't record", "record mat karo")
    /// suppresses the transcript at once, that turn included. Returns false when the transcript is suppressed.
    /// </summary>
    Task<bool> AppendTurnAsync(TenantId tenant, string callId, CallTurn turn, CancellationToken cancellationToken = default);

    Task AddEntityAsync(TenantId tenant, string callId, CallEntity entity, CancellationToken cancellationToken = default);

    /// <summary>
    /// The caller asked not to be recorded: erases the turn texts stored so far, keeps only metadata from now on,
    /// marks consent declined and remembers the opt-out for this caller's future calls. The call itself continues.
    /// </summary>
    Task SuppressTranscriptAsync(TenantId tenant, string callId, CancellationToken cancellationToken = default);

    /// <summary>Ends the call. A call with a suppressed transcript ends as privacy_opt_out whatever is passed.</summary>
    Task EndCallAsync(TenantId tenant, string callId, CallEnd end, CancellationToken cancellationToken = default);

    Task<CallRecord?> GetCallAsync(TenantId tenant, string callId, CancellationToken cancellationToken = default);

    Task<CallPage> ListCallsAsync(TenantId tenant, CallQuery query, CancellationToken cancellationToken = default);

    /// <summary>Entities newest first, optionally of one kind.</summary>
    Task<IReadOnlyList<CallEntity>> ListEntitiesAsync(TenantId tenant, string? kind = null, int limit = 100, CancellationToken cancellationToken = default);

    Task<CallAnalytics> GetAnalyticsAsync(TenantId tenant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>The caller's name and last <paramref name="recentCalls"/> calls; empty if unknown or opted out.</summary>
    Task<CallerMemory> GetCallerMemoryAsync(TenantId tenant, CallerHash caller, int recentCalls = 3, CancellationToken cancellationToken = default);

    Task OptOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default);

    Task<bool> IsOptedOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default);

    Task ClearOptOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default);

    /// <summary>Right to erasure: every call, turn and entity of this caller at this tenant. The opt-out is kept.</summary>
    Task<CallerDeletionReport> DeleteCallerDataAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default);
}
