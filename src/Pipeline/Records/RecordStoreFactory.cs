using MediaCore.Pipeline.Records.Postgres;
using MediaCore.Pipeline.Records.Sqlite;
using MediaCore.Pipeline.Records.Storage;

namespace MediaCore.Pipeline.Records;

/// <summary>Opens the configured engine and brings its schema up to date.</summary>
public static class RecordStoreFactory
{
    public static async Task<CallRecordStore> OpenAsync(RecordStoreOptions options, CancellationToken cancellationToken = default)
    {
        IRecordDatabase database = options.Kind switch
        {
            RecordStoreKind.Sqlite => SqliteRecordDatabase.Open(options.Path, options.DurableCommits),
            RecordStoreKind.Postgres => PostgresRecordDatabase.Open(options.ConnectionString
                ?? throw new ArgumentException("Records:ConnectionString is required for the Postgres store")),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
        try
        {
            await MigrationRunner.ApplyAsync(database, options.Clock, cancellationToken).ConfigureAwait(false);
            return new CallRecordStore(database, options.Clock);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
