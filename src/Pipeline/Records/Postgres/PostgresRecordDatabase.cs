using MediaCore.Pipeline.Records.Storage;
using Npgsql;

namespace MediaCore.Pipeline.Records.Postgres;

/// <summary>The server engine: PostgreSQL through an Npgsql data source (pooled connections).</summary>
internal sealed class PostgresRecordDatabase : IRecordDatabase
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresRecordDatabase(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public SqlDialect Dialect => SqlDialect.Postgres;

    public static PostgresRecordDatabase Open(string connectionString) => new(NpgsqlDataSource.Create(connectionString));

    public async Task<T> InTransactionAsync<T>(Func<IRecordSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(new Session(connection, transaction, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private sealed class Session(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        : IRecordSession
    {
        public async Task<int> ExecuteAsync(string sql, params SqlArg[] args)
        {
            await using var command = Command(sql, args);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        public async Task<List<T>> QueryAsync<T>(string sql, Func<IRecordRow, T> map, params SqlArg[] args)
        {
            await using var command = Command(sql, args);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var row = new Row(reader);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) rows.Add(map(row));
            return rows;
        }

        private NpgsqlCommand Command(string sql, SqlArg[] args)
        {
            var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var arg in args)
                command.Parameters.Add(Parameter(arg));
            return command;
        }

        // Typed parameters: an untyped NULL leaves PostgreSQL guessing (and failing) for bigint and bytea columns.
        private static NpgsqlParameter Parameter(SqlArg arg) => new(arg.Name, arg.Type switch
        {
            SqlType.Integer => NpgsqlTypes.NpgsqlDbType.Bigint,
            SqlType.Real => NpgsqlTypes.NpgsqlDbType.Double,
            SqlType.Blob => NpgsqlTypes.NpgsqlDbType.Bytea,
            _ => NpgsqlTypes.NpgsqlDbType.Text,
        })
        {
            Value = arg.Value switch
            {
                null => DBNull.Value,
                int i => (long)i,
                var v => v,
            },
        };
    }

    private sealed class Row(NpgsqlDataReader reader) : IRecordRow
    {
        public bool IsNull(int column) => reader.IsDBNull(column);
        public long GetInt64(int column) => Convert.ToInt64(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);
        public double GetDouble(int column) => Convert.ToDouble(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);
        public string GetString(int column) => reader.GetString(column);
        public byte[] GetBytes(int column) => (byte[])reader.GetValue(column);
    }
}
