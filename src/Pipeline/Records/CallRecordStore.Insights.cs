using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records.Storage;

namespace MediaCore.Pipeline.Records;

/// <summary>What a business learns from its calls (analytics) and what the agent recalls about a caller (memory).</summary>
public sealed partial class CallRecordStore
{
    private const string PeriodFilter = "c.tenant_id = @t AND c.started_at >= @from AND c.started_at < @to";

    public Task<CallAnalytics> GetAnalyticsAsync(TenantId tenant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async s =>
        {
            SqlArg[] args = [T(tenant), SqlArg.Int("@from", Ms(from)), SqlArg.Int("@to", Ms(to))];
            var byOutcome = await s.QueryAsync($"""
                SELECT c.outcome, COUNT(*),
                       SUM(CASE WHEN c.ended_at IS NULL THEN 0 ELSE c.ended_at - c.started_at END),
                       SUM(CASE WHEN c.ended_at IS NULL THEN 0 ELSE 1 END)
                FROM calls c WHERE {PeriodFilter} GROUP BY c.outcome
                """, r => (Outcome: r.IsNull(0) ? null : r.GetString(0), Calls: r.GetInt64(1), DurationMs: r.IsNull(2) ? 0 : r.GetInt64(2),
                    Ended: r.IsNull(3) ? 0 : r.GetInt64(3)), args).ConfigureAwait(false);
            var extractions = await s.QueryAsync($"""
                SELECT e.kind, COUNT(*) FROM call_entities e
                JOIN calls c ON c.tenant_id = e.tenant_id AND c.call_id = e.call_id
                WHERE {PeriodFilter} GROUP BY e.kind
                """, r => (Kind: r.GetString(0), Count: (int)r.GetInt64(1)), args).ConfigureAwait(false);
            var latencies = await s.QueryAsync($"""
                SELECT t.latency_ms FROM call_turns t
                JOIN calls c ON c.tenant_id = t.tenant_id AND c.call_id = t.call_id
                WHERE {PeriodFilter} AND t.latency_ms IS NOT NULL ORDER BY t.latency_ms
                """, r => r.GetInt64(0), args).ConfigureAwait(false);
            var ended = byOutcome.Sum(o => o.Ended);
            return new CallAnalytics
            {
                From = from,
                To = to,
                Calls = (int)byOutcome.Sum(o => o.Calls),
                AverageDuration = ended == 0 ? null : TimeSpan.FromMilliseconds(byOutcome.Sum(o => o.DurationMs) / (double)ended),
                Outcomes = byOutcome.Where(o => o.Outcome is not null)
                    .ToDictionary(o => CallOutcomeText.Parse(o.Outcome!), o => (int)o.Calls),
                Extractions = extractions.ToDictionary(e => e.Kind, e => e.Count, StringComparer.Ordinal),
                LatencyP50Ms = Percentile(latencies, 50),
                LatencyP90Ms = Percentile(latencies, 90),
                LatencyP99Ms = Percentile(latencies, 99),
            };
        }, cancellationToken);

    public Task<CallerMemory> GetCallerMemoryAsync(TenantId tenant, CallerHash caller, int recentCalls = 3, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async s =>
        {
            if (await IsOptedOutAsync(s, tenant, caller).ConfigureAwait(false)) return new CallerMemory(caller, null, [], []);
            SqlArg[] args = [T(tenant), H(caller), SqlArg.Int("@n", Math.Clamp(recentCalls, 1, 20))];
            // Only finished calls: the call in progress (the one asking) is not a memory yet.
            var calls = await s.QueryAsync($"""
                SELECT {CallColumns} FROM calls WHERE tenant_id = @t AND caller_hash = @h AND ended_at IS NOT NULL
                ORDER BY started_at DESC, call_id DESC LIMIT @n
                """, ReadCall, args).ConfigureAwait(false);
            var names = await s.QueryAsync("""
                SELECT caller_name FROM calls WHERE tenant_id = @t AND caller_hash = @h AND caller_name IS NOT NULL
                ORDER BY started_at DESC LIMIT 1
                """, r => r.GetString(0), args[..2]).ConfigureAwait(false);
            var entities = await s.QueryAsync($"""
                SELECT {EntityColumns} FROM call_entities WHERE tenant_id = @t AND caller_hash = @h
                ORDER BY created_at DESC, entity_id LIMIT @n
                """, ReadEntity, args).ConfigureAwait(false);
            return new CallerMemory(caller, names.Count > 0 ? names[0] : null, calls, entities);
        }, cancellationToken);

    /// <summary>Nearest-rank percentile of an ascending list; null when empty.</summary>
    internal static double? Percentile(IReadOnlyList<long> sorted, int percent)
    {
        if (sorted.Count == 0) return null;
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
