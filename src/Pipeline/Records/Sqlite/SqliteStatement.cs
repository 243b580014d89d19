using System.Runtime.InteropServices;
using System.Text;
using MediaCore.Pipeline.Records.Storage;

namespace MediaCore.Pipeline.Records.Sqlite;

/// <summary>A prepared statement: bind named parameters, step through rows, read columns.</summary>
internal sealed class SqliteStatement : IRecordRow, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteStatementHandle _handle;

    public SqliteStatement(SqliteConnection connection, SqliteStatementHandle handle)
    {
        _connection = connection;
        _handle = handle;
    }

    public void Bind(SqlArg arg)
    {
        var index = SqliteNative.BindParameterIndex(_handle, arg.Name);
        if (index == 0) throw new ArgumentException($"the statement has no parameter {arg.Name}");
        _connection.Check(BindValue(index, arg.Value));
    }

    private unsafe int BindValue(int index, object? value)
    {
        switch (value)
        {
            case null:
                return SqliteNative.BindNull(_handle, index);
            case long l:
                return SqliteNative.BindInt64(_handle, index, l);
            case int i:
                return SqliteNative.BindInt64(_handle, index, i);
            case double d:
                return SqliteNative.BindDouble(_handle, index, d);
            case string s:
                var utf8 = Encoding.UTF8.GetBytes(s);
                fixed (byte* p = utf8)
                    return SqliteNative.BindText(_handle, index, p, utf8.Length, SqliteNative.Transient);
            case byte[] b:
                // A zero-length blob needs a non-null pointer or SQLite binds NULL.
                fixed (byte* p = b.Length == 0 ? [0] : b)
                    return SqliteNative.BindBlob(_handle, index, p, b.Length, SqliteNative.Transient);
            default:
                throw new ArgumentException($"unsupported parameter type {value.GetType().Name}");
        }
    }

    /// <summary>Advances to the next row; false when the statement is done.</summary>
    public bool Step()
    {
        var rc = SqliteNative.Step(_handle);
        if (rc == SqliteNative.Row) return true;
        if (rc == SqliteNative.Done) return false;
        throw _connection.Error(rc);
    }

    public bool IsNull(int column) => SqliteNative.ColumnType(_handle, column) == SqliteNative.TypeNull;

    public long GetInt64(int column) => SqliteNative.ColumnInt64(_handle, column);

    public double GetDouble(int column) => SqliteNative.ColumnDouble(_handle, column);

    public string GetString(int column)
    {
        var text = SqliteNative.ColumnText(_handle, column);
        return text == IntPtr.Zero ? "" : Marshal.PtrToStringUTF8(text, SqliteNative.ColumnBytes(_handle, column));
    }

    public byte[] GetBytes(int column)
    {
        var data = SqliteNative.ColumnBlob(_handle, column);
        var length = SqliteNative.ColumnBytes(_handle, column);
        var bytes = new byte[length];
        if (length > 0) Marshal.Copy(data, bytes, 0, length);
        return bytes;
    }

    public void Dispose() => _handle.Dispose();
}
