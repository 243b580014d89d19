namespace MediaCore.Pipeline.Records;

/// <summary>Which engine holds the records.</summary>
public enum RecordStoreKind
{
    /// <summary>An embedded SQLite file: the default, no server to run.</summary>
    Sqlite,
    /// <summary>A PostgreSQL server (several MediaCore instances can share it).</summary>
    Postgres,
}
