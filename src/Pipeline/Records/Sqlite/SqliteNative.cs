using System.Runtime.InteropServices;
using MediaCore.Media.Native;

namespace MediaCore.Pipeline.Records.Sqlite;

/// <summary>
/// The slice of the SQLite C API (https://sqlite.org/c3ref/intro.html) the record store needs, bound to Debian's
/// libsqlite3.so.0. Strings cross as UTF-8; text and blobs are bound with SQLITE_TRANSIENT so SQLite copies them
/// and no managed buffer has to outlive the call.
/// </summary>
internal static partial class SqliteNative
{
    private const string Library = NativeLibraryCatalog.Sqlite;

    public const int Ok = 0;
    public const int Busy = 5;
    public const int Row = 100;
    public const int Done = 101;

    public const int OpenReadWrite = 0x00000002;
    public const int OpenCreate = 0x00000004;
    public const int OpenFullMutex = 0x00010000;

    public const int TypeInteger = 1;
    public const int TypeFloat = 2;
    public const int TypeText = 3;
    public const int TypeBlob = 4;
    public const int TypeNull = 5;

    /// <summary>SQLITE_TRANSIENT: SQLite makes its own copy of bound text/blob before the bind call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [LibraryImport(Library, EntryPoint = "sqlite3_open_v2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string filename, out SqliteDatabaseHandle db, int flags, IntPtr vfs);

    [LibraryImport(Library, EntryPoint = "sqlite3_close_v2")]
    public static partial int Close(IntPtr db);

    [LibraryImport(Library, EntryPoint = "sqlite3_busy_timeout")]
    public static partial int BusyTimeout(SqliteDatabaseHandle db, int milliseconds);

    [LibraryImport(Library, EntryPoint = "sqlite3_errmsg")]
    public static partial IntPtr ErrorMessage(SqliteDatabaseHandle db);

    [LibraryImport(Library, EntryPoint = "sqlite3_extended_errcode")]
    public static partial int ExtendedErrorCode(SqliteDatabaseHandle db);

    [LibraryImport(Library, EntryPoint = "sqlite3_exec", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Exec(SqliteDatabaseHandle db, string sql, IntPtr callback, IntPtr argument, out IntPtr errorMessage);

    [LibraryImport(Library, EntryPoint = "sqlite3_free")]
    public static partial void Free(IntPtr memory);

    [LibraryImport(Library, EntryPoint = "sqlite3_changes")]
    public static partial int Changes(SqliteDatabaseHandle db);

    [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2")]
    public static unsafe partial int Prepare(SqliteDatabaseHandle db, byte* sql, int byteCount, out SqliteStatementHandle statement, out IntPtr tail);

    [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
    public static partial int Finalize(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(SqliteStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_parameter_index", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int BindParameterIndex(SqliteStatementHandle statement, string name);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    public static partial int BindInt64(SqliteStatementHandle statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    public static partial int BindDouble(SqliteStatementHandle statement, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    public static partial int BindNull(SqliteStatementHandle statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    public static unsafe partial int BindText(SqliteStatementHandle statement, int index, byte* utf8, int byteCount, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    public static unsafe partial int BindBlob(SqliteStatementHandle statement, int index, byte* data, int byteCount, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_count")]
    public static partial int ColumnCount(SqliteStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    public static partial int ColumnType(SqliteStatementHandle statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    public static partial long ColumnInt64(SqliteStatementHandle statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
    public static partial double ColumnDouble(SqliteStatementHandle statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
    public static partial IntPtr ColumnText(SqliteStatementHandle statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    public static partial IntPtr ColumnBlob(SqliteStatementHandle statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    public static partial int ColumnBytes(SqliteStatementHandle statement, int column);
}
