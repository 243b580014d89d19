namespace MediaCore.Pipeline.Records.Storage;

/// <summary>
/// The engine under <see cref="CallRecordStore"/>: SQLite (embedded) or PostgreSQL. Every unit of work is one short
/// transaction, so a crash loses at most the statement in flight and never half a turn.
/// </summary>
internal interface IRecordDatabase : IAsyncDisposable
{
    SqlDialect Dialect { get; }

    /// <summary>Runs <paramref name="work"/> in a transaction: committed if it returns, rolled back if it throws.</summary>
    Task<T> InTransactionAsync<T>(Func<IRecordSession, Task<T>> work, CancellationToken cancellationToken);
}
