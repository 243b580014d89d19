using Microsoft.Win32.SafeHandles;

namespace MediaCore.Pipeline.Records.Sqlite;

/// <summary>An open <c>sqlite3*</c>; closed with sqlite3_close_v2 (which defers until every statement is finalized).</summary>
internal sealed class SqliteDatabaseHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SqliteDatabaseHandle() : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle() => SqliteNative.Close(handle) == SqliteNative.Ok;
}
