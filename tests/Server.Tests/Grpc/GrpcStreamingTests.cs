using MediaCore.Server.Client;
using MediaCore.Server.Control;
using MediaCore.Server.Grpc;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Tests.Grpc;

/// <summary>StreamEvents end to end; each test uses its own server so subscriber counts are exact.</summary>
public sealed class GrpcStreamingTests : IAsyncLifetime
{
    private readonly ControlServerFixture _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();
    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Events_of_a_simulated_call_arrive_in_order_filtered_by_tenant()
    {
        using var client = _server.CreateClient();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var received = new List<Event>();
        var reading = Task.Run(async () =>
        {
            await foreach (var e in client.StreamEventsAsync(tenantId: "momo-house", options: new ControlCallOptions(CancellationToken: stop.Token)))
            {
                received.Add(e);
                if (e.KindCase == Event.KindOneofCase.CallState && e.CallState.Call.State == CallState.Ended)
                    return;
            }
        });
        await WaitForSubscribers(1);

        var other = _server.Calls.SimulateInbound("other-tenant", "+15550000001", "+15550000002");
        var call = _server.Calls.SimulateInbound("momo-house", "+919876543210", "+911140001234");
        _server.Calls.PublishTranscript(call.Id, "one paneer", isFinal: false);
        _server.Calls.PublishTranscript(call.Id, "one paneer momo", isFinal: true);
        string utterance = await client.SayAsync(call.Id, "Sure, one paneer momo.");
        _server.Calls.PublishBargeIn(call.Id, utterance);
        _server.Calls.PublishDtmf(call.Id, "5");
        _server.Calls.PublishTurnLatency(call.Id, 1, TimeSpan.FromMilliseconds(640));
        await client.HangupAsync(other.Id);
        await client.HangupAsync(call.Id, "done");
        await reading.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.All(received, e => Assert.Equal("momo-house", e.TenantId));
        Assert.Equal(
            [Event.KindOneofCase.CallState, Event.KindOneofCase.CallState, Event.KindOneofCase.Transcript, Event.KindOneofCase.Transcript,
             Event.KindOneofCase.BotUtterance, Event.KindOneofCase.BargeIn, Event.KindOneofCase.Dtmf, Event.KindOneofCase.TurnLatency,
             Event.KindOneofCase.CallState],
            received.Select(e => e.KindCase));
        Assert.Equal("98XXXX3210", received[0].CallState.Call.FromMasked);
        Assert.True(received[3].Transcript.IsFinal);
        Assert.Equal(utterance, received[5].BargeIn.UtteranceId);
        Assert.Equal("done", received[^1].CallState.Call.EndReason);
        Assert.True(received.Zip(received.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    [Fact]
    public async Task Call_id_filter_passes_only_that_call()
    {
        var first = _server.Calls.SimulateInbound("t1", "+15550000001", "+15550000009");
        var second = _server.Calls.SimulateInbound("t1", "+15550000002", "+15550000009");
        using var client = _server.CreateClient();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var reading = Task.Run(async () =>
        {
            await foreach (var e in client.StreamEventsAsync(callId: second.Id, options: new ControlCallOptions(CancellationToken: stop.Token)))
                return e;
            return null;
        });
        await WaitForSubscribers(1);
        _server.Calls.PublishTranscript(first.Id, "not for you", true);
        _server.Calls.PublishTranscript(second.Id, "for you", true);
        var received = await reading.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(second.Id, received!.CallId);
        Assert.Equal("for you", received.Transcript.Text);
    }

    [Fact]
    public async Task Client_cancellation_ends_the_server_stream_and_unsubscribes()
    {
        using var client = _server.CreateClient();
        using var stop = new CancellationTokenSource();
        var reading = Task.Run(async () =>
        {
            await foreach (var _ in client.StreamEventsAsync(options: new ControlCallOptions(CancellationToken: stop.Token))) { }
        });
        await WaitForSubscribers(1);
        stop.Cancel();
        var error = await Assert.ThrowsAsync<ControlApiException>(() => reading.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(GrpcStatusCode.Cancelled, error.StatusCode);
        await WaitForSubscribers(0);
    }

    [Fact]
    public async Task Stream_deadline_ends_with_deadline_exceeded_and_unsubscribes()
    {
        using var client = _server.CreateClient();
        var error = await Assert.ThrowsAsync<ControlApiException>(async () =>
        {
            await foreach (var _ in client.StreamEventsAsync(options: new ControlCallOptions(TimeSpan.FromMilliseconds(300)))) { }
        });
        Assert.Equal(GrpcStatusCode.DeadlineExceeded, error.StatusCode);
        await WaitForSubscribers(0);
    }

    [Fact]
    public void Slow_subscriber_loses_oldest_events_and_counts_them()
    {
        var hub = new CallEventHub();
        using var subscription = hub.Subscribe(default, capacity: 4);
        for (int i = 0; i < 10; i++)
            hub.Publish(new Event { CallId = "c", Dtmf = new Dtmf { Digit = i.ToString() } });
        var kept = new List<string>();
        while (subscription.Reader.TryRead(out var e))
            kept.Add(e.Dtmf.Digit);
        Assert.Equal(["6", "7", "8", "9"], kept);
        Assert.Equal(6, subscription.Dropped);
    }

    private async Task WaitForSubscribers(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (_server.Events.SubscriberCount != count)
            await Task.Delay(10, timeout.Token);
    }
}
