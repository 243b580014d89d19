using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records.Sqlite;
using MediaCore.Pipeline.Records.Storage;

namespace MediaCore.Pipeline.Records;

/// <summary>
/// The call record store over either engine (<see cref="RecordStoreFactory"/> opens one). This file holds the writes
/// made while a call is up; reads, insights and privacy operations are in the sibling partial files.
/// Every write is its own short transaction: a killed server keeps everything written before it died.
/// </summary>
public sealed partial class CallRecordStore : ICallRecordStore, IRecordMaintenance, IAsyncDisposable
{
    private readonly IRecordDatabase _db;
    private readonly TimeProvider _clock;

    internal CallRecordStore(IRecordDatabase database, TimeProvider clock)
    {
        _db = database;
        _clock = clock;
    }

    /// <summary>Identifies this process's calls, so recovery only closes calls of runs that are gone.</summary>
    public string RunId { get; } = Guid.NewGuid().ToString("N");

    public Task<bool> StartCallAsync(CallStart start, CancellationToken cancellationToken = default)
    {
        ValidateCallId(start.CallId);
        var startedAt = Ms(start.StartedAt ?? _clock.GetUtcNow());
        return _db.InTransactionAsync(async s =>
        {
            var optedOut = start.Caller is { } caller && await IsOptedOutAsync(s, start.Tenant, caller).ConfigureAwait(false);
            var consent = optedOut ? ConsentType.Declined : start.Consent;
            await s.ExecuteAsync("""
                INSERT INTO calls (tenant_id, call_id, did, caller_hash, started_at, last_activity_at, consent, transcript_suppressed, run_id)
                VALUES (@t, @c, @did, @h, @at, @at, @consent, @suppressed, @run)
                """,
                T(start.Tenant), C(start.CallId), SqlArg.Text("@did", start.Did), H(start.Caller), SqlArg.Int("@at", startedAt),
                SqlArg.Text("@consent", ConsentText(consent)), SqlArg.Int("@suppressed", optedOut ? 1 : 0), SqlArg.Text("@run", RunId))
                .ConfigureAwait(false);
            return !optedOut;
        }, cancellationToken);
    }

    public Task AnswerCallAsync(TenantId tenant, string callId, DateTimeOffset? answeredAt = null, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async s =>
        {
            var at = Ms(answeredAt ?? _clock.GetUtcNow());
            await RequireOneAsync(s, tenant, callId, """
                UPDATE calls SET answered_at = @at, last_activity_at = @at
                WHERE tenant_id = @t AND call_id = @c AND ended_at IS NULL
                """, SqlArg.Int("@at", at)).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    /// <summary>
    /// Stores one turn. A caller turn asking not to be recorded suppresses the transcript in the same transaction,
    /// so that utterance is not stored either. Returns false when the call's transcript is suppressed.
    /// </summary>
    public Task<bool> AppendTurnAsync(TenantId tenant, string callId, CallTurn turn, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async s =>
        {
            await RequireOneAsync(s, tenant, callId, """
                UPDATE calls SET last_activity_at = CASE WHEN @at > last_activity_at THEN @at ELSE last_activity_at END
                WHERE tenant_id = @t AND call_id = @c AND ended_at IS NULL
                """, SqlArg.Int("@at", Ms(turn.EndedAt))).ConfigureAwait(false);
            if (turn.Speaker == Speaker.Caller && RecordingOptOutDetector.IsOptOut(turn.Text))
                await SuppressAsync(s, tenant, callId).ConfigureAwait(false);
            await s.ExecuteAsync("""
                INSERT INTO call_turns (tenant_id, call_id, turn_index, speaker, text, started_at, ended_at, latency_ms)
                SELECT tenant_id, call_id, @i, @speaker, CASE WHEN transcript_suppressed = 1 THEN NULL ELSE @text END, @st, @et, @lat
                FROM calls WHERE tenant_id = @t AND call_id = @c
                """,
                T(tenant), C(callId), SqlArg.Int("@i", turn.Index), SqlArg.Text("@speaker", SpeakerText(turn.Speaker)),
                SqlArg.Text("@text", turn.Text), SqlArg.Int("@st", Ms(turn.StartedAt)), SqlArg.Int("@et", Ms(turn.EndedAt)),
                SqlArg.Int("@lat", turn.LatencyMs)).ConfigureAwait(false);
            return !await IsSuppressedAsync(s, tenant, callId).ConfigureAwait(false);
        }, cancellationToken);

    public Task AddEntityAsync(TenantId tenant, string callId, CallEntity entity, CancellationToken cancellationToken = default)
    {
        entity.Validate();
        return _db.InTransactionAsync(async s =>
        {
            await RequireOneAsync(s, tenant, callId, """
                INSERT INTO call_entities (entity_id, tenant_id, call_id, caller_hash, kind, body, contact_number, created_at)
                SELECT @id, tenant_id, call_id, caller_hash, @kind, @body, @number, @at FROM calls WHERE tenant_id = @t AND call_id = @c
                """,
                SqlArg.Text("@id", entity.EntityId), SqlArg.Text("@kind", entity.Kind), SqlArg.Text("@body", entity.Json),
                SqlArg.Blob("@number", entity.ContactNumber?.SealedBytes), SqlArg.Int("@at", Ms(entity.CreatedAt))).ConfigureAwait(false);
            return 0;
        }, cancellationToken);
    }

    public Task SuppressTranscriptAsync(TenantId tenant, string callId, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async s =>
        {
            await SuppressAsync(s, tenant, callId).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    public Task EndCallAsync(TenantId tenant, string callId, CallEnd end, CancellationToken cancellationToken = default) =>
        _db.InTransactionAsync(async s =>
        {
            await RequireOneAsync(s, tenant, callId, """
                UPDATE calls SET ended_at = @at, last_activity_at = @at, language = @lang,
                    outcome = CASE WHEN transcript_suppressed = 1 THEN @optout ELSE @outcome END,
                    caller_name = CASE WHEN transcript_suppressed = 1 THEN NULL ELSE @name END,
                    summary = CASE WHEN transcript_suppressed = 1 THEN NULL ELSE @summary END
                WHERE tenant_id = @t AND call_id = @c AND ended_at IS NULL
                """,
                SqlArg.Int("@at", Ms(end.EndedAt ?? _clock.GetUtcNow())), SqlArg.Text("@lang", end.Language),
                SqlArg.Text("@optout", CallOutcomeText.ToText(CallOutcome.PrivacyOptOut)),
                SqlArg.Text("@outcome", CallOutcomeText.ToText(end.Outcome)), SqlArg.Text("@name", end.CallerName),
                SqlArg.Text("@summary", end.Summary)).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    /// <summary>SQLite only: <c>PRAGMA integrity_check</c> ("ok" when sound); null for PostgreSQL.</summary>
    public string? IntegrityCheck() => (_db as SqliteRecordDatabase)?.IntegrityCheck();

    /// <summary>The schema version the database is at.</summary>
    public Task<long> SchemaVersionAsync(CancellationToken cancellationToken = default) =>
        MigrationRunner.CurrentVersionAsync(_db, cancellationToken);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private static async Task SuppressAsync(IRecordSession s, TenantId tenant, string callId)
    {
        await RequireOneAsync(s, tenant, callId, """
            UPDATE calls SET transcript_suppressed = 1, consent = @declined, caller_name = NULL, summary = NULL
            WHERE tenant_id = @t AND call_id = @c
            """, SqlArg.Text("@declined", ConsentText(ConsentType.Declined))).ConfigureAwait(false);
        await s.ExecuteAsync("UPDATE call_turns SET text = NULL WHERE tenant_id = @t AND call_id = @c", T(tenant), C(callId)).ConfigureAwait(false);
        await s.ExecuteAsync("""
            INSERT INTO caller_opt_outs (tenant_id, caller_hash, opted_out_at)
            SELECT tenant_id, caller_hash, last_activity_at FROM calls
            WHERE tenant_id = @t AND call_id = @c AND caller_hash IS NOT NULL
            ON CONFLICT (tenant_id, caller_hash) DO NOTHING
            """, T(tenant), C(callId)).ConfigureAwait(false);
    }

    private static async Task<bool> IsSuppressedAsync(IRecordSession s, TenantId tenant, string callId)
    {
        var rows = await s.QueryAsync("SELECT transcript_suppressed FROM calls WHERE tenant_id = @t AND call_id = @c",
            r => r.GetInt64(0), T(tenant), C(callId)).ConfigureAwait(false);
        return rows.Count > 0 && rows[0] == 1;
    }

    /// <summary>Runs a statement scoped by @t/@c that must touch exactly one row, else the call is not this tenant's (or closed).</summary>
    private static async Task RequireOneAsync(IRecordSession s, TenantId tenant, string callId, string sql, params SqlArg[] args)
    {
        var changed = await s.ExecuteAsync(sql, [T(tenant), C(callId), .. args]).ConfigureAwait(false);
        if (changed != 1) throw new CallRecordNotFoundException(tenant, callId);
    }

    private static void ValidateCallId(string callId)
    {
        if (string.IsNullOrWhiteSpace(callId) || callId.Length > 256)
            throw new ArgumentException("a call id is 1-256 characters", nameof(callId));
    }

    internal static SqlArg T(TenantId tenant) => SqlArg.Text("@t", tenant.Value ?? throw new ArgumentException("default TenantId"));
    internal static SqlArg C(string callId) => SqlArg.Text("@c", callId);
    internal static SqlArg H(CallerHash? caller) => SqlArg.Text("@h", caller?.Value);
    internal static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();
    internal static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
    internal static string SpeakerText(Speaker speaker) => speaker == Speaker.Caller ? "caller" : "bot";
    internal static string ConsentText(ConsentType consent) => consent.ToString().ToLowerInvariant();
}
