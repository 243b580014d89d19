using MediaCore.Pipeline.Records;

namespace MediaCore.Records.Tests.Stores;

/// <summary>The shared store suite on the embedded SQLite engine (a fresh file per test).</summary>
public sealed class SqliteCallRecordStoreTests : CallRecordStoreContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mediacore-records-" + Guid.NewGuid().ToString("N")[..12]);

    public SqliteCallRecordStoreTests() => Directory.CreateDirectory(_folder);

    protected override RecordStoreOptions NewDatabase() =>
        new() { Kind = RecordStoreKind.Sqlite, Path = Path.Combine(_folder, Guid.NewGuid().ToString("N")[..8] + ".db") };

    protected override string[] CrashHelperTarget(RecordStoreOptions options) => ["sqlite", options.Path];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
