using MediaCore.Pipeline.Records;

namespace MediaCore.Records.Tests.Stores;

/// <summary>Crash safety: a killed server keeps its calls and their turns; the next start closes them as errors.</summary>
public abstract partial class CallRecordStoreContract
{
    [Fact]
    public async Task Recovery_closes_calls_left_open_by_an_earlier_run_only()
    {
        var options = NewDatabase();
        await using var earlier = await OpenAsync(options);
        var orphan = await AddCallAsync(earlier, TenantA, Asha, Clock.Now.AddMinutes(-10), turns: 3, outcome: null);
        await using var current = await OpenAsync(options);
        var live = await AddCallAsync(current, TenantA, Ravi, Clock.Now.AddMinutes(-1), turns: 1, outcome: null);

        Assert.Equal(1, await current.RecoverUnfinishedCallsAsync());
        var recovered = (await current.GetCallAsync(TenantA, orphan))!;
        Assert.Equal(CallOutcome.Error, recovered.Outcome);
        Assert.Equal(recovered.Turns[^1].EndedAt, recovered.EndedAt);   // ended at its last sign of life
        Assert.Null((await current.GetCallAsync(TenantA, live))!.Outcome);
        Assert.Equal(0, await current.RecoverUnfinishedCallsAsync());
    }

    [Fact]
    public async Task A_call_survives_a_SIGKILL_of_the_process_writing_it()
    {
        var options = NewDatabase();
        await using (var migrated = await OpenAsync(options))
        {
            // The schema exists before the helper starts, as it would after a normal first run.
        }
        using var helper = CrashHelperProcess.Start([.. CrashHelperTarget(options), "killed-call", "5"]);
        await CrashHelperProcess.WaitReadyAsync(helper);
        await CrashHelperProcess.KillAsync(helper);

        await using var store = await OpenAsync(options);
        if (store.IntegrityCheck() is { } integrity) Assert.Equal("ok", integrity);
        Assert.Equal(1, await store.RecoverUnfinishedCallsAsync());
        var record = (await store.GetCallAsync(new TenantId("crash-tenant"), "killed-call"))!;
        Assert.NotNull(record);
        Assert.Equal(CallOutcome.Error, record.Outcome);
        Assert.NotNull(record.AnsweredAt);
        Assert.Equal(["turn 0", "turn 1", "turn 2", "turn 3", "turn 4"], record.Turns.Select(t => t.Text));
        Assert.Equal([null, 301, null, 303, null], record.Turns.Select(t => t.LatencyMs));
        Assert.Equal(record.Turns[^1].EndedAt, record.EndedAt);
    }
}
