using MediaCore.Pipeline.Records.Storage;

namespace MediaCore.Pipeline.Records.Sqlite;

/// <summary>
/// The embedded engine: one SQLite file, one connection, one writer at a time.
/// Durability choice: WAL journal + synchronous=NORMAL by default. In WAL mode a committed transaction is in the
/// WAL file (the OS page cache) when COMMIT returns, so a kill -9 of the server loses nothing that was committed;
/// only a power cut or kernel crash can drop the last few commits, and never corrupts the file.
/// <see cref="RecordStoreOptions.DurableCommits"/> switches to synchronous=FULL (an fsync per commit) for that case.
/// </summary>
internal sealed class SqliteRecordDatabase : IRecordDatabase
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteRecordDatabase(SqliteConnection connection) => _connection = connection;

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public static SqliteRecordDatabase Open(string path, bool durableCommits)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var connection = SqliteConnection.Open(path, TimeSpan.FromSeconds(5));
        try
        {
            connection.Exec("PRAGMA journal_mode=WAL;");
            connection.Exec(durableCommits ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
            connection.Exec("PRAGMA foreign_keys=ON;");
            return new SqliteRecordDatabase(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async Task<T> InTransactionAsync<T>(Func<IRecordSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // IMMEDIATE takes the write lock up front: another process on the same file waits (busy_timeout) instead of
            // failing half way through with SQLITE_BUSY on upgrade.
            _connection.Exec("BEGIN IMMEDIATE;");
            try
            {
                var result = await work(new Session(_connection)).ConfigureAwait(false);
                _connection.Exec("COMMIT;");
                return result;
            }
            catch
            {
                _connection.Exec("ROLLBACK;");
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>; "ok" when the file is sound.</summary>
    public string IntegrityCheck()
    {
        _gate.Wait();
        try
        {
            using var statement = _connection.Prepare("PRAGMA integrity_check;");
            return statement.Step() ? statement.GetString(0) : "no result";
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class Session(SqliteConnection connection) : IRecordSession
    {
        public Task<int> ExecuteAsync(string sql, params SqlArg[] args)
        {
            using var statement = Prepare(sql, args);
            while (statement.Step())
            {
            }
            return Task.FromResult(connection.Changes);
        }

        public Task<List<T>> QueryAsync<T>(string sql, Func<IRecordRow, T> map, params SqlArg[] args)
        {
            using var statement = Prepare(sql, args);
            var rows = new List<T>();
            while (statement.Step()) rows.Add(map(statement));
            return Task.FromResult(rows);
        }

        private SqliteStatement Prepare(string sql, SqlArg[] args)
        {
            var statement = connection.Prepare(sql);
            try
            {
                foreach (var arg in args) statement.Bind(arg);
                return statement;
            }
            catch
            {
                statement.Dispose();
                throw;
            }
        }
    }
}
