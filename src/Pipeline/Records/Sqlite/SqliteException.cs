namespace MediaCore.Pipeline.Records.Sqlite;

/// <summary>A SQLite call returned an error code; the message is SQLite's own (sqlite3_errmsg).</summary>
public sealed class SqliteException(int resultCode, string message) : Exception($"SQLite error {resultCode}: {message}")
{
    /// <summary>The (extended) SQLite result code.</summary>
    public int ResultCode { get; } = resultCode;
}
