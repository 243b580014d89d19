namespace MediaCore.Pipeline.Records.Storage;

/// <summary>
/// The schema, as numbered steps applied in order and recorded in schema_version. Never edit a shipped step:
/// add the next number. The same text runs on SQLite and PostgreSQL ({blob} is the only dialect hole).
/// Times are Unix milliseconds (BIGINT) in both engines, so comparisons and arithmetic are identical.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE calls (
                tenant_id TEXT NOT NULL,
                call_id TEXT NOT NULL,
                did TEXT NOT NULL,
                caller_hash TEXT,
                started_at BIGINT NOT NULL,
                answered_at BIGINT,
                ended_at BIGINT,
                last_activity_at BIGINT NOT NULL,
                outcome TEXT,
                language TEXT,
                consent TEXT NOT NULL,
                transcript_suppressed INTEGER NOT NULL DEFAULT 0,
                caller_name TEXT,
                summary TEXT,
                run_id TEXT NOT NULL,
                PRIMARY KEY (tenant_id, call_id)
            );
            CREATE INDEX ix_calls_tenant_started ON calls (tenant_id, started_at, call_id);
            CREATE INDEX ix_calls_tenant_caller ON calls (tenant_id, caller_hash, started_at);
            CREATE INDEX ix_calls_unfinished ON calls (run_id) WHERE ended_at IS NULL;
            CREATE TABLE call_turns (
                tenant_id TEXT NOT NULL,
                call_id TEXT NOT NULL,
                turn_index INTEGER NOT NULL,
                speaker TEXT NOT NULL,
                text TEXT,
                started_at BIGINT NOT NULL,
                ended_at BIGINT NOT NULL,
                latency_ms BIGINT,
                PRIMARY KEY (tenant_id, call_id, turn_index),
                FOREIGN KEY (tenant_id, call_id) REFERENCES calls (tenant_id, call_id) ON DELETE CASCADE
            );
            CREATE TABLE call_entities (
                entity_id TEXT NOT NULL PRIMARY KEY,
                tenant_id TEXT NOT NULL,
                call_id TEXT NOT NULL,
                caller_hash TEXT,
                kind TEXT NOT NULL,
                body TEXT NOT NULL,
                contact_number {blob},
                created_at BIGINT NOT NULL,
                FOREIGN KEY (tenant_id, call_id) REFERENCES calls (tenant_id, call_id) ON DELETE CASCADE
            );
            CREATE INDEX ix_entities_tenant_kind ON call_entities (tenant_id, kind, created_at);
            CREATE INDEX ix_entities_tenant_call ON call_entities (tenant_id, call_id);
            CREATE INDEX ix_entities_tenant_caller ON call_entities (tenant_id, caller_hash, created_at);
            CREATE TABLE caller_opt_outs (
                tenant_id TEXT NOT NULL,
                caller_hash TEXT NOT NULL,
                opted_out_at BIGINT NOT NULL,
                PRIMARY KEY (tenant_id, caller_hash)
            );
            """),
    ];

    public static string Render(string sql, SqlDialect dialect) => sql.Replace("{blob}", dialect.BlobType, StringComparison.Ordinal);
}
