using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Server.Agent.Records;
using MediaCore.Server.Grpc.Records;

namespace MediaCore.Server.Hosting;

/// <summary>
/// Call records under `mediacore serve`: checks the privacy keys (missing → <see cref="PrivacyKeysMissingException"/>,
/// the server refuses to start), opens and migrates the configured store, ends calls an earlier crash left open as
/// outcome=error, runs the retention purge on a schedule, and hands out the recording options for the agents and the
/// CallRecords control service. Disposing waits (briefly) for the last calls' ends, then closes the store.
/// </summary>
public sealed class RecordsHosting : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(10);

    private readonly RecordsServeConfig _config;
    private readonly Action<string> _log;
    private readonly OpenCallTrackingStore _tracked;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _purgeLoop;

    private RecordsHosting(RecordsServeConfig config, CallRecordStore store, PrivacyKeys keys, Action<string> log)
    {
        _config = config;
        _log = log;
        Store = store;
        _tracked = new OpenCallTrackingStore(store);
        Recording = new CallRecordingOptions(_tracked, new CallerHasher(keys, new PhoneNumberNormalizer(config.CountryCode)));
        Service = new CallRecordsService(store, keys, config.CountryCode);
        _purgeLoop = PurgeLoopAsync(_stop.Token);
    }

    public CallRecordStore Store { get; }

    /// <summary>For <c>AgentOptions.Records</c>: live calls are written through here.</summary>
    public CallRecordingOptions Recording { get; }

    /// <summary>mediacore.v1.CallRecords over the same store.</summary>
    public CallRecordsService Service { get; }

    /// <summary>Calls left open by an earlier process and closed as outcome=error at startup.</summary>
    public int RecoveredCalls { get; private set; }

    /// <summary>Raised after each scheduled purge.</summary>
    public event Action<PurgeReport>? Purged;

    public static async Task<RecordsHosting> StartAsync(RecordsServeConfig config, Action<string> log, CancellationToken cancellationToken = default)
    {
        var keys = PrivacyKeys.FromEnvironment(); // before touching the store: no keys, no records, no server
        CallRecordStore store;
        try
        {
            store = await RecordStoreFactory.OpenAsync(config.Store, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Pipeline.Records.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException
            or UnauthorizedAccessException or ArgumentException)
        {
            throw new ConfigException(config.File, config.Store.Kind == RecordStoreKind.Sqlite ? "records.path" : "records.connection_env",
                $"cannot open the record store ({config.Describe()}): {e.Message}");
        }
        try
        {
            int recovered = await store.RecoverUnfinishedCallsAsync(cancellationToken).ConfigureAwait(false);
            log($"records: {config.Describe()}; {recovered} call(s) cut short by an earlier stop closed as error; " +
                $"retention {config.Retention.Transcripts.TotalDays:0}/{config.Retention.EncryptedNumbers.TotalDays:0}/{config.Retention.Entities.TotalDays:0} days, " +
                $"purge every {config.PurgeInterval.TotalHours:0.##} h");
            return new RecordsHosting(config, store, keys, log) { RecoveredCalls = recovered };
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task PurgeLoopAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(_config.FirstPurgeDelay, ct).ConfigureAwait(false);
            using var timer = new PeriodicTimer(_config.PurgeInterval);
            do
            {
                await PurgeOnceAsync(ct).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task PurgeOnceAsync(CancellationToken ct)
    {
        try
        {
            var report = await Store.PurgeAsync(_config.Retention, dryRun: false, ct).ConfigureAwait(false);
            _log($"records: purge cleared {report.TurnTextsCleared} turn text(s), {report.CallTextsCleared} summary/name(s), " +
                $"{report.EncryptedNumbersCleared} sealed number(s); deleted {report.EntitiesDeleted} entit(ies)");
            Purged?.Invoke(report);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run tries again; serving calls matters more than a late purge.
            _log($"records: purge failed ({e.GetType().Name}); retrying at the next run");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _purgeLoop.ConfigureAwait(false);
        try
        {
            await _tracked.IdleAsync().WaitAsync(ShutdownWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _log($"records: {_tracked.OpenCalls} call end(s) not written at shutdown; they close as error at the next start");
        }
        await Store.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }
}
