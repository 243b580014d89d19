using Microsoft.Win32.SafeHandles;

namespace MediaCore.Pipeline.Records.Sqlite;

/// <summary>A prepared <c>sqlite3_stmt*</c>; finalized on release.</summary>
internal sealed class SqliteStatementHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SqliteStatementHandle() : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        // sqlite3_finalize returns the error of the last step, not a failure to free: the handle is gone either way.
        SqliteNative.Finalize(handle);
        return true;
    }
}
