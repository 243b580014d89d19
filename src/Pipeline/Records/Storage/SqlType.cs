namespace MediaCore.Pipeline.Records.Storage;

/// <summary>The storage type of a parameter: PostgreSQL needs it for NULLs, SQLite ignores it.</summary>
internal enum SqlType
{
    Integer,
    Real,
    Text,
    Blob,
}
