namespace MediaCore.Pipeline.Records;

/// <summary>
/// Operator-level operations across all tenants: startup recovery, retention, and the `mediacore records` CLI.
/// Never handed to business-facing code, which gets <see cref="ICallRecordStore"/>.
/// </summary>
public interface IRecordMaintenance
{
    /// <summary>
    /// Crash recovery, run at startup: calls left open by an earlier server process (no end time, another run id)
    /// end as <see cref="CallOutcome.Error"/> at their last recorded activity. Returns how many.
    /// </summary>
    Task<int> RecoverUnfinishedCallsAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies the retention policy as of the store's clock; with <paramref name="dryRun"/> only counts.</summary>
    Task<PurgeReport> PurgeAsync(RetentionPolicy policy, bool dryRun, CancellationToken cancellationToken = default);

    /// <summary>Lists calls of every tenant (operator view).</summary>
    Task<CallPage> ListAllTenantsAsync(CallQuery query, CancellationToken cancellationToken = default);

    /// <summary>Finds a call by id in any tenant (operator view).</summary>
    Task<CallRecord?> FindCallAsync(string callId, CancellationToken cancellationToken = default);
}
