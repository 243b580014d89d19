using MediaCore.Media.Scheduling;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Server.Agent;
using MediaCore.Server.Client;
using MediaCore.Server.Demo;
using MediaCore.Server.Hosting;
using MediaCore.Server.Protos.V1;
using MediaCore.Server.Tests.Hosting;
using MediaCore.Server.Tests.Streams;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using Microsoft.Extensions.Logging;
using ProtoOutcome = MediaCore.Server.Protos.V1.CallOutcome;

namespace MediaCore.Server.Tests.Records;

/// <summary>
/// `serve` with a records: section: the store is opened from the config file, a call an earlier crash left open is
/// closed as error, the purge is scheduled, a real SIP call is recorded and its returning caller greeted by name,
/// and `mediacore records --config` reads the very same store. Bad records configuration names file and key.
/// </summary>
[Collection(RecordsCollection.Name)]
public sealed class ServeRecordsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TenantId Kitchen = new("himalayan-kitchen");

    [Fact]
    public async Task Serve_records_a_sip_call_greets_the_returning_caller_and_the_cli_reads_the_same_store()
    {
        var keys = RecordsTestKeys.Install();
        using var temp = new TempFolder();
        var yaml = WriteServeConfig(temp, HostTestConfig.Create(temp, http: false), "  retention: { transcript_days: 30, first_purge_after_seconds: 0.2 }",
            http: "{ listen: 127.0.0.1:0, browser: off, streams: on }");
        var config = ServeConfigLoader.Load(yaml);
        Assert.Equal(Path.Combine(temp.Path, "data", "records.db"), config.Records!.Store.Path); // relative to the file
        Assert.Equal(TimeSpan.FromDays(30), config.Records.Retention.Transcripts);

        var caller = new CallerHasher(keys, new PhoneNumberNormalizer("91")).Hash(RecordsTestKeys.CallerNumber);
        Directory.CreateDirectory(Path.GetDirectoryName(config.Records.Store.Path)!);
        await using (var seed = await RecordStoreFactory.OpenAsync(config.Records.Store))
        {
            var earlier = DateTimeOffset.UtcNow.AddDays(-2);
            await seed.StartCallAsync(new CallStart(Kitchen, "earlier-call", "+914000123456", caller, StartedAt: earlier));
            await seed.EndCallAsync(Kitchen, "earlier-call", new CallEnd(Pipeline.Records.CallOutcome.Resolved, earlier.AddMinutes(1), "en", "asha"));
            await seed.StartCallAsync(new CallStart(Kitchen, "cut-by-crash", "+914000123456", null, StartedAt: earlier.AddHours(1)));
        }

        using var engines = AgentEngines.CreateDefault(Path.Combine(TestPaths.SharedDir, "models"));
        var log = new List<string>();
        var host = await MediaCoreHost.StartAsync(new MediaCoreHostOptions
        {
            Config = config with { Codecs = SipAgentHost.Codecs },
            Engines = engines,
            Log = line => { lock (log) log.Add(line); },
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning),
        });
        string callId;
        await using (host)
        {
            Assert.Equal(1, host.Records!.RecoveredCalls);
            await MediaCoreHostCallTests.WaitUntilAsync(() => { lock (log) return log.Any(l => l.StartsWith("records: purge cleared", StringComparison.Ordinal)); });

            var script = await DemoScript.VoiceAsync(["what are your hours", "thank you goodbye"], engines.Voice);
            using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
            await using var phone = new SipAgentHost(scheduler, null, "caller");
            var call = phone.Endpoint.Originate(new OriginateOptions
            {
                Target = $"sip:+914000123456@127.0.0.1:{host.Config.SipUdp!.Port}", FromUser = RecordsTestKeys.CallerNumber,
            });
            var scripted = new ScriptedCaller(script, maxSeconds: 60);
            call.UseAudioHandler(scripted);
            var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
            call.Ended += (_, e) => ended.TrySetResult(e);
            // The agent hangs up after a goodbye it recognised; serve's grammar lacks the script's lines, so when it
            // missed the goodbye the caller hangs up, as `mediacore demo` does (the record must be written either way).
            await Task.WhenAny(scripted.Finished, ended.Task, Task.Delay(Patience));
            if (await Task.WhenAny(ended.Task, Task.Delay(TimeSpan.FromSeconds(6))) != ended.Task)
                call.Hangup();
            await ended.Task.WaitAsync(Patience);

            using var client = new ControlApiClient(new Uri($"http://127.0.0.1:{host.Control!.Port}"), HostTestConfig.Token);
            var live = (await client.ListCallRecordsAsync(new ListCallRecordsRequest { TenantId = Kitchen.Value, PageSize = 1 })).Records.Single();
            callId = live.CallId;
            Assert.Equal(call.CallId, callId);
            var record = await client.GetCallRecordAsync(Kitchen.Value, callId);
            for (int i = 0; i < 200 && record.Outcome == ProtoOutcome.Unspecified; i++) // the end is written just after the BYE
            {
                await Task.Delay(50);
                record = await client.GetCallRecordAsync(Kitchen.Value, callId);
            }
            // Ended and written (resolved or dropped depends on how well serve's grammar, without the script's lines,
            // heard the question; the outcome rules have their own tests). Not error: nothing failed.
            var turns = string.Join("\n", record.Turns.Select(t => $"{t.Speaker}: {t.Text}"));
            Assert.True(record.Outcome is ProtoOutcome.Resolved or ProtoOutcome.Dropped, turns + $"\n{record.Outcome}");
            Assert.NotNull(record.EndTime);
            Assert.NotNull(record.AnswerTime);
            Assert.Equal(caller.Value, record.CallerHash);
            Assert.StartsWith("Welcome back, Asha!", record.Turns[0].Text, StringComparison.Ordinal);
            Assert.Contains(record.Turns, t => t.Speaker == Protos.V1.Speaker.Caller && t.Text.StartsWith("what are your", StringComparison.Ordinal));
            Assert.Contains(record.Turns, t => t.Speaker == Protos.V1.Speaker.Bot && t.HasLatencyMs && t.LatencyMs > 0);
            Assert.Equal(ProtoOutcome.Error, (await client.GetCallRecordAsync(Kitchen.Value, "cut-by-crash")).Outcome);

            // The same caller over a Twilio media stream: serve's records reach stream calls too.
            await AssertStreamCallRecordedAsync(host, client, caller);
        }

        // The operator CLI, pointed at the same configuration file, reads what serve wrote.
        var list = await RecordsCrashRecoveryTests.RunChildAsync(["records", "list", "--config", yaml, "--tenant", Kitchen.Value, "--json"],
            withKeys: true, TimeSpan.FromSeconds(30));
        Assert.True(list.ExitCode == 0, list.Log);
        Assert.Contains(callId, list.Log, StringComparison.Ordinal);
        Assert.Contains("cut-by-crash", list.Log, StringComparison.Ordinal);
        var show = await RecordsCrashRecoveryTests.RunChildAsync(["records", "show", callId, "--config", yaml], withKeys: true, TimeSpan.FromSeconds(30));
        Assert.True(show.ExitCode == 0, show.Log);
        Assert.Contains("Welcome back, Asha!", show.Log, StringComparison.Ordinal);
        var purge = await RecordsCrashRecoveryTests.RunChildAsync(["records", "purge", "--dry-run", "--config", yaml], withKeys: true, TimeSpan.FromSeconds(30));
        Assert.True(purge.ExitCode == 0, purge.Log);
        Assert.Contains("would clear: 0 turn text(s)", purge.Log, StringComparison.Ordinal); // 30-day retention, 2-day-old calls

        // Right to deletion from the CLI: the number as the caller says it (no country code) hashes the way serve
        // hashed it (the file's country code), so both of this caller's calls go and the anonymous one stays.
        var delete = await RecordsCrashRecoveryTests.RunChildAsync(
            ["records", "delete-caller", "--config", yaml, "--tenant", Kitchen.Value, "--phone", RecordsTestKeys.NationalNumber],
            withKeys: true, TimeSpan.FromSeconds(30));
        Assert.True(delete.ExitCode == 0, delete.Log);
        Assert.Contains("deleted 3 call(s)", delete.Log, StringComparison.Ordinal);
        var after = await RecordsCrashRecoveryTests.RunChildAsync(["records", "list", "--config", yaml, "--tenant", Kitchen.Value, "--json"],
            withKeys: true, TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(callId, after.Log, StringComparison.Ordinal);
        Assert.Contains("cut-by-crash", after.Log, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordsTestKeys.NationalNumber, delete.Log, StringComparison.Ordinal);
        lock (log)
            LogScan.AssertClean(string.Join("\n", log));
        // The CLI shows the business's DID, never the caller's number.
        Assert.DoesNotContain(RecordsTestKeys.NationalNumber, list.Log + show.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_records_configuration_names_the_file_and_the_key()
    {
        using var temp = new TempFolder();
        var cases = new (string Section, string Key)[]
        {
            ("records:\n  kind: mongo\n", "records.kind"),
            ("records:\n  kind: sqlite\n  pathh: x.db\n", "records.pathh"),
            ("records:\n  retention: { transcript_days: 0 }\n", "records.retention.transcript_days"),
            ("records:\n  kind: postgres\n  connection_env: MEDIACORE_TEST_UNSET_CONNECTION\n", "records.connection_env"),
        };
        foreach (var (section, key) in cases)
        {
            var file = temp.File($"bad-{Guid.NewGuid():N}.yaml");
            File.WriteAllText(file, section);
            var error = Assert.Throws<ConfigException>(() => ServeConfigLoader.Load(file));
            Assert.Equal(file, error.File);
            Assert.Equal(key, error.Key);
            var check = CliRun.Of("check", "--serve-config", file);
            Assert.Equal(1, check.ExitCode);
            Assert.Contains($"{file}: {key}:", check.Error, StringComparison.Ordinal);
            if (key == "records.connection_env")
                Assert.Contains("MEDIACORE_TEST_UNSET_CONNECTION (the PostgreSQL connection string) is not set", error.Reason, StringComparison.Ordinal);
        }

        // A good section without the privacy keys: serve refuses to start and names the variables.
        var good = WriteServeConfig(temp, HostTestConfig.Create(temp, http: false), "");
        var serve = await RecordsCrashRecoveryTests.RunChildAsync(["serve", "--config", good, "--handler", "echo"], withKeys: false, TimeSpan.FromSeconds(30));
        Assert.Equal(2, serve.ExitCode);
        Assert.Contains(PrivacyKeys.PepperVariable + " is not set", serve.Log, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "data", "records.db")), "the store was created without keys");
        var noRecords = temp.File("plain.yaml");
        File.WriteAllText(noRecords, "metrics: { listen: off }\n");
        var cli = await RecordsCrashRecoveryTests.RunChildAsync(["records", "list", "--config", noRecords], withKeys: true, TimeSpan.FromSeconds(30));
        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{noRecords}: records: is missing", cli.Log, StringComparison.Ordinal);
    }

    /// <summary>
    /// A Twilio stream call (no token: loopback only) from the caller the records know: greeted by name, and recorded
    /// under the provider's stream id with the dialled number and the caller's hash.
    /// </summary>
    private static async Task AssertStreamCallRecordedAsync(MediaCoreHost host, ControlApiClient control, CallerHash caller)
    {
        const string did = "+911140001234"; // Himalayan Kitchen's line in samples/tenants
        await using var stream = new TwilioTestClient();
        await stream.ConnectAsync(new Uri($"ws://127.0.0.1:{host.Http!.Port}{stream.Path}?call=1"));
        await stream.SendStartAsync(from: RecordsTestKeys.CallerNumber, to: did);
        await MediaCoreHostCallTests.WaitUntilAsync(() => stream.Media.Length > 0);
        await stream.SendTextAsync(stream.StopJson());
        await stream.Closed.WaitAsync(Patience);
        string callId = "twilio:" + stream.StreamId;
        var record = await control.GetCallRecordAsync(Kitchen.Value, callId);
        for (int i = 0; i < 200 && record.Outcome == ProtoOutcome.Unspecified; i++) // the end is written just after the stop
        {
            await Task.Delay(50);
            record = await control.GetCallRecordAsync(Kitchen.Value, callId);
        }
        Assert.Equal(ProtoOutcome.Dropped, record.Outcome); // hung up during the greeting
        Assert.Equal(caller.Value, record.CallerHash);
        Assert.Equal(did, record.Did);
        Assert.NotNull(record.AnswerTime);
        Assert.StartsWith("Welcome back, Asha!", record.Turns[0].Text, StringComparison.Ordinal);
    }

    /// <summary>A serve YAML for <paramref name="host"/>'s free ports with a records: section storing data/records.db beside it.</summary>
    private static string WriteServeConfig(TempFolder temp, ServeConfig host, string retention, string http = "{ listen: off }")
    {
        var file = temp.File("serve.yaml");
        File.WriteAllText(file, $$"""
            sip: { udp: {{host.SipUdp}}, tcp: {{host.SipTcp}} }
            rtp: { ports: {{host.RtpPorts.First}}-{{host.RtpPorts.Last}} }
            control: { listen: 127.0.0.1:0, token: {{HostTestConfig.Token}}, token_file: {{host.ControlTokenFile}} }
            metrics: { listen: off }
            http: {{http}}
            tenants: { folder: {{host.TenantsFolder}} }
            records:
              kind: sqlite
              path: data/records.db
            {{retention}}
            """);
        return file;
    }
}
