using System.Threading.Channels;
using MediaCore.Media.Scheduling;
using MediaCore.Server.Agent;
using MediaCore.Server.Client;
using MediaCore.Server.Demo;
using MediaCore.Server.Grpc;
using MediaCore.Server.Hosting;
using MediaCore.Server.Protos.V1;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using Microsoft.Extensions.Logging;
using static MediaCore.Server.Tests.Hosting.MediaCoreHostCallTests;
using ApiCallState = MediaCore.Server.Protos.V1.CallState;

namespace MediaCore.Server.Tests.Hosting;

/// <summary>
/// Originate through the control API: the host calls our own SIP endpoint with the agent talking; DTMF reaches the
/// callee as RFC 4733 events, mute shows in the call, and a blind transfer (REFER, NOTIFY 200) ends our leg.
/// </summary>
public sealed class MediaCoreHostOriginateTests
{
    [Fact]
    public async Task Originate_Dtmf_Mute_Transfer_OnARealOutboundCall()
    {
        using var temp = new TempFolder();
        using var engines = AgentEngines.CreateDefault(Path.Combine(TestPaths.SharedDir, "models"));
        await using var host = await MediaCoreHost.StartAsync(new MediaCoreHostOptions
        {
            Config = HostTestConfig.Create(temp, http: false) with { Codecs = SipAgentHost.Codecs },
            Engines = engines,
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning),
        });
        using var client = new ControlApiClient(new Uri($"http://127.0.0.1:{host.Control!.Port}"), HostTestConfig.Token);
        using var streamStop = new CancellationTokenSource(TimeSpan.FromSeconds(55));
        var events = Channel.CreateUnbounded<Event>();
        var pump = PumpAsync(client, events.Writer, streamStop.Token);
        await WaitUntilAsync(() => host.Events.SubscriberCount == 1);

        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        await using var callee = new SipAgentHost(scheduler, null, "callee");
        var digits = Channel.CreateUnbounded<char>();
        var transferTo = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listener = new ScriptedCaller([], maxSeconds: 60);
        callee.Endpoint.IncomingCall += call =>
        {
            call.DtmfReceived += (_, digit) => digits.Writer.TryWrite(digit);
            call.TransferRequested += (c, uri) =>
            {
                transferTo.TrySetResult(uri.ToString());
                c.ReportTransferResult(200);
            };
            call.UseAudioHandler(listener);
            call.Answer();
        };

        var badNumber = await Assert.ThrowsAsync<ControlApiException>(() =>
            client.OriginateAsync(new OriginateRequest { TenantId = "himalayan-kitchen", To = "+15550100" }));
        Assert.Equal(GrpcStatusCode.InvalidArgument, badNumber.StatusCode);
        var badTrunk = await Assert.ThrowsAsync<ControlApiException>(() =>
            client.OriginateAsync(new OriginateRequest { TenantId = "himalayan-kitchen", To = callee.Uri("callee"), Trunk = "nope" }));
        Assert.Equal(GrpcStatusCode.NotFound, badTrunk.StatusCode);

        var placed = await client.OriginateAsync(new OriginateRequest
        {
            TenantId = "himalayan-kitchen", To = callee.Uri("callee"), From = "+911140001234",
        });
        Assert.Equal(MediaCore.Server.Protos.V1.CallDirection.Outbound, placed.Direction);
        var seen = new List<Event>();
        await NextAsync(events.Reader, seen, e => e.CallId == placed.Id && e.CallState?.Call.State == ApiCallState.Answered);
        var greeting = await NextAsync(events.Reader, seen, e => e.CallId == placed.Id && e.BotUtterance is not null);
        Assert.Contains("Himalayan", greeting.BotUtterance.Text, StringComparison.OrdinalIgnoreCase);

        await client.SendDtmfAsync(placed.Id, "7#");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            Assert.Equal('7', await digits.Reader.ReadAsync(timeout.Token));
            Assert.Equal('#', await digits.Reader.ReadAsync(timeout.Token));
        }
        Assert.Equal(GrpcStatusCode.InvalidArgument,
            (await Assert.ThrowsAsync<ControlApiException>(() => client.SendDtmfAsync(placed.Id, "9x"))).StatusCode);

        await client.SetAgentMutedAsync(placed.Id, true);
        Assert.True((await client.GetCallAsync(placed.Id)).AgentMuted);

        await client.TransferAsync(placed.Id, "sip:front-desk@127.0.0.1:5999");
        Assert.Equal("sip:front-desk@127.0.0.1:5999", await transferTo.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await NextAsync(events.Reader, seen, e => e.CallState?.Call.State == ApiCallState.Transferring);
        var ended = await NextAsync(events.Reader, seen, e => e.CallId == placed.Id && e.CallState?.Call.State == ApiCallState.Ended);
        Assert.Equal("transfer", ended.CallState.Call.EndReason);
        Assert.Equal(GrpcStatusCode.FailedPrecondition,
            (await Assert.ThrowsAsync<ControlApiException>(() => client.HangupAsync(placed.Id))).StatusCode);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        string metrics = await http.GetStringAsync(new Uri($"http://127.0.0.1:{host.MetricsEndpoint!.Port}/metrics"));
        Assert.Equal(1, Sample(metrics, "mediacore_calls_total{tenant=\"himalayan-kitchen\",outcome=\"transferred\"}"));
        Assert.Equal(0, Sample(metrics, "mediacore_active_calls{tenant=\"himalayan-kitchen\"}"));

        await streamStop.CancelAsync();
        await pump;
    }
}
