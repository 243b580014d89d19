using System.Collections.Concurrent;
using System.Diagnostics;
using MediaCore.Server.Streams.Agent;
using MediaCore.Server.Tests.Streams;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.StreamsAgent;

/// <summary>
/// One provider call against the agent: connects, starts with the Himalayan Kitchen number, keeps the caller's line
/// streaming, and records what the agent recognised and replied (from its events, for this call only).
/// </summary>
internal sealed class AgentCallScenario : IAsyncDisposable
{
    public const string TenantId = "himalayan-kitchen";

    private readonly ConcurrentQueue<(string CallId, string Text, long At)> _recognised = new();
    private readonly ConcurrentQueue<(string CallId, string Text)> _replies = new();
    private readonly ConcurrentQueue<(string CallId, string Text)> _greetings = new();
    private readonly ConcurrentQueue<(string CallId, long Tick, long Timestamp)> _bargeIns = new();
    private readonly AgentStreamServer _server;
    private readonly ITestOutputHelper _output;

    private AgentCallScenario(AgentStreamServer server, ProviderTestClient client, ITestOutputHelper output)
    {
        _server = server;
        _output = output;
        Client = client;
        var events = server.Events(TenantId);
        events.Recognised += (id, text) => _recognised.Enqueue((id, text, Stopwatch.GetTimestamp()));
        events.BotReplied += (id, text) => _replies.Enqueue((id, text));
        events.CallStarted += (id, greeting) => _greetings.Enqueue((id, greeting));
        events.BargeIn += (id, tick, timestamp) => _bargeIns.Enqueue((id, tick, timestamp));
        events.Log += (id, level, message) => Log.Enqueue($"[{id}] {level}: {message}");
    }

    public ProviderTestClient Client { get; }

    public PipelineStreamCallHandler Handler { get; private set; } = null!;

    public CallerMicrophone Microphone { get; private set; } = null!;

    public ConcurrentQueue<string> Log { get; } = new();

    public static async Task<AgentCallScenario> StartAsync(AgentStreamServer server, ProviderTestClient client, ITestOutputHelper output)
    {
        var scenario = new AgentCallScenario(server, client, output);
        await client.ConnectAsync(server.Url(client.Path, "token=" + StreamTestServer.Token));
        await client.SendStartAsync(to: AgentStreamFixture.HimalayanKitchenDid);
        scenario.Handler = server.NextHandler();
        scenario.Microphone = new CallerMicrophone(client);
        return scenario;
    }

    public IEnumerable<(string Text, long At)> Recognised => _recognised.Where(r => r.CallId == Handler.CallId).Select(r => (r.Text, r.At));

    /// <summary>The greeting (with the consent notice) the agent spoke first, as one bot turn.</summary>
    public string Greeting => _greetings.Where(g => g.CallId == Handler.CallId).Select(g => g.Text).FirstOrDefault() ?? string.Empty;

    public IEnumerable<string> Replies => _replies.Where(r => r.CallId == Handler.CallId).Select(r => r.Text);

    public IEnumerable<(long Tick, long Timestamp)> BargeIns => _bargeIns.Where(b => b.CallId == Handler.CallId).Select(b => (b.Tick, b.Timestamp));

    /// <summary>Waits until bot audio has arrived (after <paramref name="since"/>) and then stopped for a moment.</summary>
    public async Task<ReceivedMedia[]> WaitForBotTurnAsync(long since, TimeSpan timeout, TimeSpan? maxAudio = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var media = Client.Media.Where(m => m.Timestamp > since).ToArray();
            double seconds = media.Sum(m => m.Pcm.Length) / (double)Client.Rate;
            bool quiet = media.Length > 0 && Stopwatch.GetElapsedTime(media[^1].Timestamp) > TimeSpan.FromMilliseconds(800);
            if (quiet || (maxAudio is { } max && seconds >= max.TotalSeconds))
                return media;
            await Task.Delay(50);
        }
        throw new TimeoutException($"no complete bot turn within {timeout}:\n{string.Join('\n', Log)}");
    }

    public async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan timeout, string what) where T : class
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (probe() is { } value)
                return value;
            await Task.Delay(20);
        }
        throw new TimeoutException($"{what} within {timeout}:\n{string.Join('\n', Log)}");
    }

    public async ValueTask DisposeAsync()
    {
        await Microphone.DisposeAsync();
        if (Client.Socket.State == System.Net.WebSockets.WebSocketState.Open)
        {
            await Client.SendTextAsync(Client.StopJson());
            await Client.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        }
        await Handler.Stopped.WaitAsync(TimeSpan.FromSeconds(10));
        await Client.DisposeAsync();
        foreach (var (text, _) in Recognised)
            _output.WriteLine("caller: " + text);
        foreach (var text in Replies)
            _output.WriteLine("bot: " + text);
        foreach (var line in Log.Where(l => !l.Contains("Debug", StringComparison.Ordinal)))
            _output.WriteLine(line);
    }
}
