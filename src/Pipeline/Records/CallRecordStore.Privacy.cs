using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records.Storage;

namespace MediaCore.Pipeline.Records;

/// <summary>Opt-outs, erasure of one caller's data, and retention.</summary>
public sealed partial class CallRecordStore
{
    /// <summary>One retention rule: a count query for dry runs and the statement that applies it, sharing a predicate.</summary>
    private sealed record RetentionRule(string Table, string Predicate, string Action, string CutoffName);

    private static readonly RetentionRule TurnTexts =
        new("call_turns", "text IS NOT NULL AND started_at < @transcripts", "UPDATE call_turns SET text = NULL", "@transcripts");
    private static readonly RetentionRule CallTexts =
        new("calls", "(summary IS NOT NULL OR caller_name IS NOT NULL) AND started_at < @transcripts",
            "UPDATE calls SET summary = NULL, caller_name = NULL", "@transcripts");
    private static readonly RetentionRule Numbers =
        new("call_entities", "contact_number IS NOT NULL AND created_at < @numbers", "UPDATE call_entities SET contact_number = NULL", "@numbers");
    private static readonly RetentionRule Entities =
        new("call_entities", "created_at < @entities", "DELETE FROM call_entities", "@entities");

    public Task OptOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(s => s.ExecuteAsync("""
            INSERT INTO caller_opt_outs (tenant_id, caller_hash, opted_out_at) VALUES (@t, @h, @at)
            ON CONFLICT (tenant_id, caller_hash) DO NOTHING
            """, T(tenant), H(caller), SqlArg.Int("@at", Ms(_clock.GetUtcNow()))), cancellationToken);

    public Task<bool> IsOptedOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(s => IsOptedOutAsync(s, tenant, caller), cancellationToken);

    public Task ClearOptOutAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(s => s.ExecuteAsync("DELETE FROM caller_opt_outs WHERE tenant_id = @t AND caller_hash = @h",
            T(tenant), H(caller)), cancellationToken);

    public Task<CallerDeletionReport> DeleteCallerDataAsync(TenantId tenant, CallerHash caller, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async s =>
        {
            SqlArg[] args = [T(tenant), H(caller)];
            const string callerCalls = "SELECT call_id FROM calls WHERE tenant_id = @t AND caller_hash = @h";
            var turns = await s.ExecuteAsync($"DELETE FROM call_turns WHERE tenant_id = @t AND call_id IN ({callerCalls})", args).ConfigureAwait(false);
            var entities = await s.ExecuteAsync(
                $"DELETE FROM call_entities WHERE tenant_id = @t AND (caller_hash = @h OR call_id IN ({callerCalls}))", args).ConfigureAwait(false);
            var calls = await s.ExecuteAsync("DELETE FROM calls WHERE tenant_id = @t AND caller_hash = @h", args).ConfigureAwait(false);
            return new CallerDeletionReport(calls, turns, entities);
        }, cancellationToken);

    public Task<PurgeReport> PurgeAsync(RetentionPolicy policy, bool dryRun, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        SqlArg[] cutoffs =
        [
            SqlArg.Int("@transcripts", Ms(now - policy.Transcripts)),
            SqlArg.Int("@numbers", Ms(now - policy.EncryptedNumbers)),
            SqlArg.Int("@entities", Ms(now - policy.Entities)),
        ];
        return _db.InTransactionAsync(async s =>
        {
            // Numbers are cleared before old entities are deleted, so an entity past both cutoffs counts in both figures.
            var turnTexts = await ApplyAsync(s, TurnTexts, dryRun, cutoffs).ConfigureAwait(false);
            var callTexts = await ApplyAsync(s, CallTexts, dryRun, cutoffs).ConfigureAwait(false);
            var numbers = await ApplyAsync(s, Numbers, dryRun, cutoffs).ConfigureAwait(false);
            var entities = await ApplyAsync(s, Entities, dryRun, cutoffs).ConfigureAwait(false);
            return new PurgeReport(dryRun, turnTexts, callTexts, numbers, entities);
        }, cancellationToken);
    }

    public Task<int> RecoverUnfinishedCallsAsync(CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(s => s.ExecuteAsync("""
            UPDATE calls SET ended_at = last_activity_at, outcome = @error
            WHERE ended_at IS NULL AND run_id <> @run
            """, SqlArg.Text("@error", CallOutcomeText.ToText(CallOutcome.Error)), SqlArg.Text("@run", RunId)), cancellationToken);

    private static async Task<int> ApplyAsync(IRecordSession s, RetentionRule rule, bool dryRun, SqlArg[] cutoffs)
    {
        var cutoff = cutoffs.Where(c => c.Name == rule.CutoffName).ToArray();
        if (dryRun)
        {
            var counts = await s.QueryAsync($"SELECT COUNT(*) FROM {rule.Table} WHERE {rule.Predicate}", r => r.GetInt64(0), cutoff)
                .ConfigureAwait(false);
            return (int)counts[0];
        }
        return await s.ExecuteAsync($"{rule.Action} WHERE {rule.Predicate}", cutoff).ConfigureAwait(false);
    }

    private static async Task<bool> IsOptedOutAsync(IRecordSession s, TenantId tenant, CallerHash caller)
    {
        var rows = await s.QueryAsync("SELECT COUNT(*) FROM caller_opt_outs WHERE tenant_id = @t AND caller_hash = @h",
            r => r.GetInt64(0), T(tenant), H(caller)).ConfigureAwait(false);
        return rows[0] > 0;
    }
}
