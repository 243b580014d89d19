using System.Diagnostics;
using System.Text.Json;
using MediaCore.Server.Grpc;
using MediaCore.Server.Tests.Grpc;

namespace MediaCore.Server.Tests.Interop;

/// <summary>
/// Interop with an independent gRPC implementation: grpc-js (Node) calls every RPC against our server and prints
/// JSON; we assert its statuses and payloads. node_modules is installed from the pinned package.json on first run.
/// </summary>
public sealed class NodeInteropTests(ControlServerFixture server) : IClassFixture<ControlServerFixture>
{
    private static readonly string InteropDir = Path.Combine(TestPaths.RepoRoot, "tests", "Server.Tests", "Interop");

    [Fact]
    public async Task Grpc_js_client_calls_every_rpc()
    {
        await EnsureNodeModulesAsync();
        var (exit, stdout, stderr) = await RunAsync("node", $"interop.js {server.Server.Port} {ControlServerFixture.Token}", TimeSpan.FromSeconds(60));
        Assert.True(exit == 0, $"node exited {exit}: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var r = json.RootElement;

        Assert.Equal("SERVING_STATUS_SERVING", Value(r, "health").GetProperty("status").GetString());
        Assert.Equal("mediacore.v1", Value(r, "version").GetProperty("apiVersion").GetString());
        Assert.Equal("Node Tenant", Value(r, "getTenant").GetProperty("name").GetString());
        Assert.Equal("+15550001111", Value(r, "getTenant").GetProperty("dids")[0].GetString());
        Assert.Contains(Value(r, "listTenants").GetProperty("tenants").EnumerateArray(), t => t.GetProperty("id").GetString() == "node-tenant");
        AssertStatus(r, "invalidArgument", GrpcStatusCode.InvalidArgument, "may contain only");
        AssertStatus(r, "badToken", GrpcStatusCode.Unauthenticated);
        AssertStatus(r, "notFound", GrpcStatusCode.NotFound, "no-such-tenant");

        var call = Value(r, "originate");
        Assert.Equal("CALL_STATE_ANSWERED", call.GetProperty("state").GetString());
        Assert.Equal("11XXXX1234", call.GetProperty("fromMasked").GetString());
        Assert.Equal(call.GetProperty("id").GetString(), Value(r, "getCall").GetProperty("id").GetString());
        Assert.Single(Value(r, "listCalls").GetProperty("calls").EnumerateArray());
        Assert.StartsWith("u", Value(r, "say").GetProperty("utteranceId").GetString());
        foreach (var ok in new[] { "mute", "dtmf", "transfer", "deleteTenant", "unaryDeadlineOk" })
            AssertStatus(r, ok, GrpcStatusCode.Ok);
        AssertStatus(r, "hangupEnded", GrpcStatusCode.FailedPrecondition);

        // Stream: ringing, answered, bot utterance, transferring, ended — all for this call, with int64 sequences.
        var events = Value(r, "stream").EnumerateArray().ToArray();
        Assert.Equal(["callState", "callState", "botUtterance", "callState", "callState"], events.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(events, e => Assert.Equal(call.GetProperty("id").GetString(), e.GetProperty("callId").GetString()));
        Assert.Equal("Hello from node", events[2].GetProperty("botUtterance").GetProperty("text").GetString());
        AssertStatus(r, "streamDeadline", GrpcStatusCode.DeadlineExceeded);
    }

    private static JsonElement Value(JsonElement results, string name)
    {
        AssertStatus(results, name, GrpcStatusCode.Ok);
        return results.GetProperty(name).GetProperty("value");
    }

    private static void AssertStatus(JsonElement results, string name, GrpcStatusCode expected, string? detail = null)
    {
        var result = results.GetProperty(name);
        var details = result.TryGetProperty("details", out var d) ? d.GetString() : "";
        Assert.True((int)expected == result.GetProperty("code").GetInt32(), $"{name}: expected {expected}, got {result}");
        if (detail is not null)
            Assert.Contains(detail, details);
    }

    private static async Task EnsureNodeModulesAsync()
    {
        if (Directory.Exists(Path.Combine(InteropDir, "node_modules", "@grpc", "grpc-js")))
            return;
        var (exit, _, stderr) = await RunAsync("npm", "ci --no-audit --no-fund", TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, "npm ci failed: " + stderr);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = InteropDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in {timeout}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
