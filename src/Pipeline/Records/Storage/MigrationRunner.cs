namespace MediaCore.Pipeline.Records.Storage;

/// <summary>Applies the <see cref="Migrations"/> the database has not seen yet, each in its own transaction.</summary>
internal static class MigrationRunner
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)";

    public static async Task<int> ApplyAsync(IRecordDatabase database, TimeProvider clock, CancellationToken cancellationToken)
    {
        var applied = 0;
        foreach (var (version, sql) in Migrations.All)
        {
            var ran = await database.InTransactionAsync(async session =>
            {
                if (database.Dialect.MigrationLockSql is { } lockSql) await session.QueryAsync(lockSql, _ => 0).ConfigureAwait(false);
                await session.ExecuteAsync(CreateVersionTable).ConfigureAwait(false);
                var seen = await session.QueryAsync("SELECT COUNT(*) FROM schema_version WHERE version = @v", r => r.GetInt64(0),
                    SqlArg.Int("@v", version)).ConfigureAwait(false);
                if (seen[0] > 0) return false;
                foreach (var statement in Split(Migrations.Render(sql, database.Dialect)))
                    await session.ExecuteAsync(statement).ConfigureAwait(false);
                await session.ExecuteAsync("INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)",
                    SqlArg.Int("@v", version), SqlArg.Int("@at", clock.GetUtcNow().ToUnixTimeMilliseconds())).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            if (ran) applied++;
        }
        return applied;
    }

    /// <summary>Current schema version (0 for an empty database).</summary>
    public static Task<long> CurrentVersionAsync(IRecordDatabase database, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async session =>
        {
            await session.ExecuteAsync(CreateVersionTable).ConfigureAwait(false);
            var rows = await session.QueryAsync("SELECT COALESCE(MAX(version), 0) FROM schema_version", r => r.GetInt64(0)).ConfigureAwait(false);
            return rows[0];
        }, cancellationToken);

    // One statement per prepare: SQLite's prepare compiles only the first statement of a string.
    private static IEnumerable<string> Split(string sql) =>
        sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
