namespace MediaCore.Pipeline.Records;

/// <summary>Configuration of the record store (section "Records").</summary>
public sealed record RecordStoreOptions
{
    public RecordStoreKind Kind { get; init; } = RecordStoreKind.Sqlite;

    /// <summary>SQLite file (Kind = Sqlite).</summary>
    public string Path { get; init; } = "data/records.db";

    /// <summary>Npgsql connection string (Kind = Postgres).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>
    /// SQLite only: fsync every commit (synchronous=FULL). Off by default: WAL + NORMAL already survives a killed
    /// process; FULL also survives power loss at the cost of an fsync per turn.
    /// </summary>
    public bool DurableCommits { get; init; }

    /// <summary>The clock for default timestamps and retention; tests pin it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
