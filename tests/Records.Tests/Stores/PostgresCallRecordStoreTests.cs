using MediaCore.Pipeline.Records;

namespace MediaCore.Records.Tests.Stores;

/// <summary>The shared store suite on a real PostgreSQL server (one per test class, a fresh schema per test).</summary>
public sealed class PostgresCallRecordStoreTests(PostgresServer server) : CallRecordStoreContract, IClassFixture<PostgresServer>
{
    protected override RecordStoreOptions NewDatabase() =>
        new() { Kind = RecordStoreKind.Postgres, ConnectionString = server.NewSchema() };

    protected override string[] CrashHelperTarget(RecordStoreOptions options) => ["postgres", options.ConnectionString!];
}
