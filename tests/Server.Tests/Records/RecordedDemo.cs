using System.Text.RegularExpressions;
using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Tests.Records;

/// <summary>Runs `mediacore demo --records` in-process (real SIP/RTP on loopback) and finds the recorded call.</summary>
internal static partial class RecordedDemo
{
    public static readonly TenantId Tenant = new("himalayan-kitchen");

    public static string[] Arguments(string folder, string database, params string[] lines)
    {
        var file = Path.Combine(folder, $"lines-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(file, lines);
        return ["demo", "--lines", file, "--out", Path.Combine(folder, "call.wav"), "--records", database,
            "--caller-number", RecordsTestKeys.CallerNumber,
            "--config", Path.Combine(TestPaths.RepoRoot, "samples", "tenants"), "--models", Path.Combine(TestPaths.SharedDir, "models")];
    }

    public static CliRun Run(string folder, string database, params string[] lines)
    {
        RecordsTestKeys.Install();
        return CliRun.Of(Arguments(folder, database, lines));
    }

    /// <summary>The call id from the demo's "[records] call ID: ..." line.</summary>
    public static string CallId(CliRun run)
    {
        var match = RecordLine().Match(run.Output);
        Assert.True(match.Success, run.ToString());
        return match.Groups[1].Value;
    }

    public static async Task<CallRecord> ReadAsync(string database, string callId)
    {
        await using var store = await RecordStoreFactory.OpenAsync(new RecordStoreOptions { Path = database });
        var call = await store.GetCallAsync(Tenant, callId);
        Assert.NotNull(call);
        return call;
    }

    /// <summary>The database file and its WAL/shm companions, concatenated.</summary>
    public static byte[] DatabaseBytes(string database) =>
        Directory.GetFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + "*").SelectMany(File.ReadAllBytes).ToArray();

    [GeneratedRegex(@"\[records\] call (\S+): outcome")]
    private static partial Regex RecordLine();
}
