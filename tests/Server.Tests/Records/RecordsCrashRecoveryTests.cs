using System.Diagnostics;
using System.Text;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Tests.Records;

/// <summary>
/// The server dies mid-call: `mediacore demo --records` in a child process SIGKILLs itself once two caller turns
/// and their replies are committed. Reopening the store and running startup recovery finds the call, ended as
/// error, with the turns so far. Also: records without keys fail at startup with a clear message.
/// </summary>
[Collection(RecordsCollection.Name)]
public sealed class RecordsCrashRecoveryTests
{
    [Fact]
    public async Task A_call_cut_by_kill_9_is_recovered_as_error_with_its_turns()
    {
        using var folder = new TempFolder();
        var database = folder.File("records.db");
        var args = RecordedDemo.Arguments(folder.Path, database,
            "what are your hours", "how much is the chicken fried momos", "thank you goodbye");
        var child = await RunChildAsync(args.Append("--crash-after-turns").Append("2"), withKeys: true, TimeSpan.FromSeconds(55));

        Assert.True(child.ExitCode != 0, child.Log);
        Assert.Contains("[records] crash point: 2 turns stored", child.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("[records] call ", child.Log, StringComparison.Ordinal); // it never got to end the call

        await using var store = await RecordStoreFactory.OpenAsync(new RecordStoreOptions { Path = database });
        var open = await store.ListCallsAsync(RecordedDemo.Tenant, new CallQuery());
        var before = Assert.Single(open.Calls);
        Assert.Null(before.Outcome);

        Assert.Equal(1, await store.RecoverUnfinishedCallsAsync());
        var call = await store.GetCallAsync(RecordedDemo.Tenant, before.CallId);
        Assert.NotNull(call);
        Assert.Equal(CallOutcome.Error, call.Outcome);
        Assert.NotNull(call.EndedAt);
        Assert.Equal(RecordsTestKeys.CallerHash(), call.Caller);
        var said = call.Turns.Where(t => t.Speaker == Speaker.Caller).Select(t => t.Text ?? "").ToArray();
        Assert.Equal(new[] { "what are your hours", "how much is the chicken fried momos" }, said);
        Assert.True(call.Turns.Count(t => t.Speaker == Speaker.Bot) >= 3, "greeting and two replies expected");
        Assert.DoesNotContain(call.Turns, t => t.Text == "thank you goodbye");
        LogScan.AssertClean(child.Log);
    }

    [Fact]
    public async Task Records_without_privacy_keys_fail_at_startup_with_a_clear_error()
    {
        using var folder = new TempFolder();
        var database = folder.File("records.db");
        var child = await RunChildAsync(RecordedDemo.Arguments(folder.Path, database, "what are your hours"), withKeys: false, TimeSpan.FromSeconds(30));

        Assert.Equal(2, child.ExitCode);
        Assert.Contains(PrivacyKeys.PepperVariable + " is not set", child.Log, StringComparison.Ordinal);
        Assert.Contains(PrivacyKeys.DataKeyVariable + " is not set", child.Log, StringComparison.Ordinal);
        Assert.False(File.Exists(database), "the store was created without keys");
    }

    internal sealed record ChildRun(int ExitCode, string Log);

    internal static async Task<ChildRun> RunChildAsync(IEnumerable<string> args, bool withKeys, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mediacore.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove(PrivacyKeys.PepperVariable);
        start.Environment.Remove(PrivacyKeys.DataKeyVariable);
        if (withKeys)
        {
            start.Environment[PrivacyKeys.PepperVariable] = RecordsTestKeys.Pepper;
            start.Environment[PrivacyKeys.DataKeyVariable] = RecordsTestKeys.DataKey;
        }
        using var process = Process.Start(start)!;
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            lock (log) Assert.Fail("the child did not exit in time\n" + log);
        }
        process.WaitForExit(); // drains the redirected output
        lock (log) return new ChildRun(process.ExitCode, log.ToString());
    }
}
