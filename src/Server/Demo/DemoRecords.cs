using System.Diagnostics;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Server.Agent.Records;

namespace MediaCore.Server.Demo;

/// <summary>
/// `mediacore demo --records PATH`: the demo's agent writes its call records to a SQLite store, keyed by the
/// deployment's privacy keys from the environment. The hidden crash point kills the process (SIGKILL) once a given
/// number of caller turns and their replies are committed: the crash-recovery test's server side.
/// </summary>
public sealed class DemoRecords : IAsyncDisposable
{
    private readonly CallRecordStore _store;
    private readonly TextWriter _output;
    private readonly int _crashAfterTurns;
    private int _callerTurns;

    private DemoRecords(CallRecordStore store, PrivacyKeys keys, TextWriter output, int crashAfterTurns)
    {
        _store = store;
        _output = output;
        _crashAfterTurns = crashAfterTurns;
        Recording = new CallRecordingOptions(store, new CallerHasher(keys, new PhoneNumberNormalizer("91"))) { TurnStored = OnTurnStored };
    }

    public ICallRecordStore Store => _store;

    public CallRecordingOptions Recording { get; }

    /// <summary>Reads the keys first (throws <see cref="PrivacyKeysMissingException"/> before touching the file).</summary>
    public static async Task<DemoRecords> OpenAsync(string path, TextWriter output, int crashAfterTurns = 0)
    {
        var keys = PrivacyKeys.FromEnvironment();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var store = await RecordStoreFactory.OpenAsync(new RecordStoreOptions { Path = full }).ConfigureAwait(false);
        return new DemoRecords(store, keys, output, crashAfterTurns);
    }

    /// <summary>One line about the stored call (no caller data beyond the hash prefix).</summary>
    public async Task<string> DescribeAsync(TenantId tenant, string callId)
    {
        var call = await _store.GetCallAsync(tenant, callId).ConfigureAwait(false);
        if (call is null)
            return $"[records] call {callId}: not stored";
        var outcome = call.Outcome is { } o ? CallOutcomeText.ToText(o) : "open";
        var caller = call.Caller is { } h ? h.Value[..8] + "…" : "withheld";
        return $"[records] call {callId}: outcome {outcome}, {call.Turns.Count} turns, {call.Entities.Count} entities, caller {caller}";
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    private void OnTurnStored(string callId, CallTurn turn)
    {
        if (turn.Speaker == Speaker.Caller)
            Interlocked.Increment(ref _callerTurns);
        else if (_crashAfterTurns > 0 && turn.Index > 0 && Volatile.Read(ref _callerTurns) >= _crashAfterTurns)
        {
            _output.WriteLine($"[records] crash point: {_crashAfterTurns} turns stored, killing the server (SIGKILL)");
            _output.Flush();
            Process.GetCurrentProcess().Kill(); // SIGKILL on Linux: no finalizers, no flush, like kill -9
        }
    }
}
