using System.Runtime.InteropServices;
using System.Text;

namespace MediaCore.Pipeline.Records.Sqlite;

/// <summary>
/// One open SQLite database file. Not thread-safe by itself: <see cref="SqliteRecordDatabase"/> serialises access.
/// </summary>
internal sealed class SqliteConnection : IDisposable
{
    private readonly SqliteDatabaseHandle _handle;

    private SqliteConnection(SqliteDatabaseHandle handle) => _handle = handle;

    public static SqliteConnection Open(string path, TimeSpan busyTimeout)
    {
        var flags = SqliteNative.OpenReadWrite | SqliteNative.OpenCreate | SqliteNative.OpenFullMutex;
        var rc = SqliteNative.Open(path, out var handle, flags, IntPtr.Zero);
        var connection = new SqliteConnection(handle);
        if (rc != SqliteNative.Ok)
        {
            // sqlite3_open_v2 hands back a handle even on failure (for the message); it still has to be closed.
            var error = handle.IsInvalid ? new SqliteException(rc, $"cannot open {path}") : connection.Error(rc);
            connection.Dispose();
            throw error;
        }
        connection.Check(SqliteNative.BusyTimeout(handle, (int)busyTimeout.TotalMilliseconds));
        return connection;
    }

    /// <summary>Runs one or more statements that return no rows of interest (pragmas, DDL, BEGIN/COMMIT).</summary>
    public void Exec(string sql)
    {
        var rc = SqliteNative.Exec(_handle, sql, IntPtr.Zero, IntPtr.Zero, out var message);
        if (rc == SqliteNative.Ok) return;
        var text = message == IntPtr.Zero ? "unknown error" : Marshal.PtrToStringUTF8(message) ?? "unknown error";
        SqliteNative.Free(message);
        throw new SqliteException(rc, text);
    }

    public unsafe SqliteStatement Prepare(string sql)
    {
        var utf8 = Encoding.UTF8.GetBytes(sql);
        int rc;
        SqliteStatementHandle statement;
        fixed (byte* p = utf8)
            rc = SqliteNative.Prepare(_handle, p, utf8.Length, out statement, out _);
        if (rc != SqliteNative.Ok)
        {
            statement.Dispose();
            throw Error(rc);
        }
        return new SqliteStatement(this, statement);
    }

    /// <summary>Rows changed by the most recent INSERT, UPDATE or DELETE.</summary>
    public int Changes => SqliteNative.Changes(_handle);

    public void Check(int rc)
    {
        if (rc != SqliteNative.Ok) throw Error(rc);
    }

    public SqliteException Error(int rc)
    {
        var message = Marshal.PtrToStringUTF8(SqliteNative.ErrorMessage(_handle)) ?? "unknown error";
        return new SqliteException(SqliteNative.ExtendedErrorCode(_handle), message);
    }

    public void Dispose() => _handle.Dispose();
}
