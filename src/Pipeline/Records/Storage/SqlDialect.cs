namespace MediaCore.Pipeline.Records.Storage;

/// <summary>
/// The few places where SQLite and PostgreSQL SQL differ. Everything else (tables, columns, queries) is shared,
/// so both stores run the same migrations and the same statements.
/// </summary>
internal sealed record SqlDialect(string Name, string BlobType, string? MigrationLockSql)
{
    public static readonly SqlDialect Sqlite = new("sqlite", "BLOB", MigrationLockSql: null);

    // Two servers starting together must not both apply migration N: a transaction-scoped advisory lock serialises them.
    public static readonly SqlDialect Postgres = new("postgres", "BYTEA", "SELECT pg_advisory_xact_lock(7305521088)");
}
