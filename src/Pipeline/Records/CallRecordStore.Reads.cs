using System.Globalization;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records.Storage;

namespace MediaCore.Pipeline.Records;

/// <summary>Reading calls back: one call with its turns and entities, pages of calls, entities.</summary>
public sealed partial class CallRecordStore
{
    private const string CallColumns = """
        tenant_id, call_id, did, caller_hash, started_at, answered_at, ended_at, outcome, language, consent,
        transcript_suppressed, caller_name, summary
        """;

    private const string EntityColumns = "entity_id, kind, body, created_at, contact_number";

    public Task<CallRecord?> GetCallAsync(TenantId tenant, string callId, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(s => LoadCallAsync(s, tenant, callId), cancellationToken);

    public Task<CallRecord?> FindCallAsync(string callId, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async s =>
        {
            var tenants = await s.QueryAsync("SELECT tenant_id FROM calls WHERE call_id = @c ORDER BY started_at DESC",
                r => new TenantId(r.GetString(0)), C(callId)).ConfigureAwait(false);
            return tenants.Count == 0 ? null : await LoadCallAsync(s, tenants[0], callId).ConfigureAwait(false);
        }, cancellationToken);

    public Task<CallPage> ListCallsAsync(TenantId tenant, CallQuery query, CancellationToken cancellationToken = default) =>
        ListAsync(T(tenant), query, cancellationToken);

    public Task<CallPage> ListAllTenantsAsync(CallQuery query, CancellationToken cancellationToken = default) =>
        ListAsync(null, query, cancellationToken);

    public Task<IReadOnlyList<CallEntity>> ListEntitiesAsync(TenantId tenant, string? kind = null, int limit = 100,
        CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync<IReadOnlyList<CallEntity>>(async s => await s.QueryAsync($"""
                SELECT {EntityColumns} FROM call_entities
                WHERE tenant_id = @t AND (@kind IS NULL OR kind = @kind)
                ORDER BY created_at DESC, entity_id LIMIT @n
                """, ReadEntity, T(tenant), SqlArg.Text("@kind", kind), SqlArg.Int("@n", Math.Clamp(limit, 1, CallQuery.MaxLimit)))
            .ConfigureAwait(false), cancellationToken);

    private static async Task<CallRecord?> LoadCallAsync(IRecordSession s, TenantId tenant, string callId)
    {
        var calls = await s.QueryAsync($"SELECT {CallColumns} FROM calls WHERE tenant_id = @t AND call_id = @c", ReadCall,
            T(tenant), C(callId)).ConfigureAwait(false);
        if (calls.Count == 0) return null;
        var turns = await s.QueryAsync("""
            SELECT turn_index, speaker, text, started_at, ended_at, latency_ms FROM call_turns
            WHERE tenant_id = @t AND call_id = @c ORDER BY turn_index
            """, ReadTurn, T(tenant), C(callId)).ConfigureAwait(false);
        var entities = await s.QueryAsync($"""
            SELECT {EntityColumns} FROM call_entities WHERE tenant_id = @t AND call_id = @c ORDER BY created_at, entity_id
            """, ReadEntity, T(tenant), C(callId)).ConfigureAwait(false);
        return calls[0] with { Turns = turns, Entities = entities };
    }

    /// <summary>Newest first; keyset paging on (started_at, call_id) so pages stay stable while calls arrive.</summary>
    private Task<CallPage> ListAsync(SqlArg? tenant, CallQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, CallQuery.MaxLimit);
        var (cursorAt, cursorId) = ParseCursor(query.Cursor);
        var where = new List<string>();
        var args = new List<SqlArg> { SqlArg.Int("@n", limit + 1) };
        if (tenant is { } t)
        {
            where.Add("tenant_id = @t");
            args.Add(t);
        }
        AddFilter(where, args, query.From is not null, "started_at >= @from", SqlArg.Int("@from", query.From is { } f ? Ms(f) : null));
        AddFilter(where, args, query.To is not null, "started_at < @to", SqlArg.Int("@to", query.To is { } to ? Ms(to) : null));
        AddFilter(where, args, query.Outcome is not null, "outcome = @outcome",
            SqlArg.Text("@outcome", query.Outcome is { } o ? CallOutcomeText.ToText(o) : null));
        AddFilter(where, args, query.Caller is not null, "caller_hash = @h", H(query.Caller));
        if (cursorId is not null)
        {
            where.Add("(started_at < @cat OR (started_at = @cat AND call_id < @cid))");
            args.Add(SqlArg.Int("@cat", cursorAt));
            args.Add(SqlArg.Text("@cid", cursorId));
        }
        var sql = $"SELECT {CallColumns} FROM calls {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")} " +
                  "ORDER BY started_at DESC, call_id DESC LIMIT @n";
        return _db.InTransactionAsync(async s =>
        {
            var rows = await s.QueryAsync(sql, ReadCall, [.. args]).ConfigureAwait(false);
            if (rows.Count <= limit) return new CallPage(rows, null);
            rows.RemoveAt(limit);
            var last = rows[^1];
            return new CallPage(rows, string.Create(CultureInfo.InvariantCulture, $"{Ms(last.StartedAt)}:{last.CallId}"));
        }, cancellationToken);
    }

    private static void AddFilter(List<string> where, List<SqlArg> args, bool present, string clause, SqlArg arg)
    {
        if (!present) return;
        where.Add(clause);
        args.Add(arg);
    }

    private static (long At, string? CallId) ParseCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return (0, null);
        var colon = cursor.IndexOf(':');
        if (colon <= 0 || !long.TryParse(cursor.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out var at))
            throw new ArgumentException("not a cursor from a previous page", nameof(cursor));
        return (at, cursor[(colon + 1)..]);
    }

    internal static CallRecord ReadCall(IRecordRow r) => new()
    {
        Tenant = new TenantId(r.GetString(0)),
        CallId = r.GetString(1),
        Did = r.GetString(2),
        Caller = r.IsNull(3) ? null : new CallerHash(r.GetString(3)),
        StartedAt = Time(r.GetInt64(4)),
        AnsweredAt = r.IsNull(5) ? null : Time(r.GetInt64(5)),
        EndedAt = r.IsNull(6) ? null : Time(r.GetInt64(6)),
        Outcome = r.IsNull(7) ? null : CallOutcomeText.Parse(r.GetString(7)),
        Language = r.IsNull(8) ? null : r.GetString(8),
        Consent = Enum.TryParse<ConsentType>(r.GetString(9), ignoreCase: true, out var consent) ? consent : ConsentType.Unknown,
        TranscriptSuppressed = r.GetInt64(10) == 1,
        CallerName = r.IsNull(11) ? null : r.GetString(11),
        Summary = r.IsNull(12) ? null : r.GetString(12),
    };

    private static CallTurn ReadTurn(IRecordRow r) => new(
        (int)r.GetInt64(0),
        r.GetString(1) == "caller" ? Speaker.Caller : Speaker.Bot,
        r.IsNull(2) ? null : r.GetString(2),
        Time(r.GetInt64(3)),
        Time(r.GetInt64(4)),
        r.IsNull(5) ? null : (int)r.GetInt64(5));

    internal static CallEntity ReadEntity(IRecordRow r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetInt64(3)),
        r.IsNull(4) ? null : new EncryptedNumber(r.GetBytes(4)));
}
