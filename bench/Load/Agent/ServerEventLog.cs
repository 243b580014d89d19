using System.Collections.Concurrent;
using System.Diagnostics;
using MediaCore.Bench.Load.Analysis;
using MediaCore.Bench.Load.Calls;
using MediaCore.Server.Client;
using MediaCore.Server.Protos.V1;
using CallRecord = MediaCore.Bench.Load.Calls.CallRecord;

namespace MediaCore.Bench.Load.Agent;

/// <summary>
/// What the server under test reported about its calls, from the control API's event stream: each turn's latency split
/// (STT, brain, TTS first audio, total as the pipeline measured it) and each barge-in decision. A decision's time is the
/// event's wall-clock time minus its reported stop latency, mapped onto this process's Stopwatch clock (same machine),
/// so <see cref="CallAnalyzer"/> can measure decision → last bot packet and onset → decision.
/// </summary>
public sealed class ServerEventLog : IBargeInDecisionSource, IAsyncDisposable
{
    private readonly ControlApiClient _client;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ServerTurn>> _turns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _decisions = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _wallOrigin;
    private readonly long _stopwatchOrigin;
    private Task _loop = Task.CompletedTask;
    private long _events;

    public ServerEventLog(Uri control, string token)
    {
        _client = new ControlApiClient(control, token);
        _stopwatchOrigin = Stopwatch.GetTimestamp();
        _wallOrigin = DateTimeOffset.UtcNow;
    }

    public long Events => Interlocked.Read(ref _events);

    /// <summary>A decision this far before the onset is from clock mapping error, not an earlier talk-over.</summary>
    public TimeSpan Slack { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan DecisionWindow { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Checks the API answers, then subscribes to every call's events.</summary>
    public async Task StartAsync(CancellationToken cancellation)
    {
        await _client.CheckHealthAsync(new ControlCallOptions(TimeSpan.FromSeconds(10), cancellation)).ConfigureAwait(false);
        _loop = Task.Run(() => ReadAsync(_stopping.Token), CancellationToken.None);
        await Task.Delay(300, cancellation).ConfigureAwait(false); // the subscription is in place before the first call
    }

    private async Task ReadAsync(CancellationToken cancellation)
    {
        try
        {
            await foreach (var e in _client.StreamEventsAsync(options: new ControlCallOptions(CancellationToken: cancellation)).ConfigureAwait(false))
            {
                Interlocked.Increment(ref _events);
                if (e.TurnLatency is { } turn)
                    Queue(_turns, e.CallId).Enqueue(new ServerTurn(Ms(turn.Stt), Ms(turn.Brain), Ms(turn.TtsFirstAudio), Ms(turn.Total)));
                else if (e.BargeIn is { } bargeIn && e.Time is { } time)
                    Queue(_decisions, e.CallId).Enqueue(ToStopwatch(time.ToDateTimeOffset() - bargeIn.StopLatency.ToTimeSpan()));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ControlApiException or HttpRequestException or IOException)
        {
            // The server stopped or the run is over.
        }
    }

    public long? DecisionTimestamp(CallRecord call, int talkOverIndex)
    {
        if (!_decisions.TryGetValue(call.CallId, out var decisions) || talkOverIndex >= call.TalkOverFrames.Count)
            return null;
        int frame = call.TalkOverFrames[talkOverIndex];
        if (frame >= call.FrameSendTimestamps.Count || call.FrameSendTimestamps[frame] == 0)
            return null;
        long onset = call.FrameSendTimestamps[frame];
        long from = onset - Ticks(Slack), until = onset + Ticks(DecisionWindow);
        long? first = null;
        foreach (long decision in decisions)
            if (decision >= from && decision <= until && (first is null || decision < first))
                first = decision;
        return first;
    }

    /// <summary>The turns the server reported for these calls.</summary>
    public IReadOnlyList<ServerTurn> TurnsOf(IEnumerable<string> callIds) =>
        callIds.SelectMany(id => _turns.TryGetValue(id, out var q) ? q.ToArray() : []).ToList();

    /// <summary>Barge-in decisions the server reported for these calls.</summary>
    public int DecisionsOf(IEnumerable<string> callIds) => callIds.Sum(id => _decisions.TryGetValue(id, out var q) ? q.Count : 0);

    private long ToStopwatch(DateTimeOffset wall) => _stopwatchOrigin + Ticks(wall - _wallOrigin);

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static double Ms(Google.Protobuf.WellKnownTypes.Duration? duration) => duration?.ToTimeSpan().TotalMilliseconds ?? double.NaN;

    private static ConcurrentQueue<T> Queue<T>(ConcurrentDictionary<string, ConcurrentQueue<T>> map, string id) =>
        map.GetOrAdd(id, _ => new ConcurrentQueue<T>());

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
        _client.Dispose();
        _stopping.Dispose();
    }
}

/// <summary>One turn as the server's pipeline measured it (ms): end of caller speech (its VAD) → first bot frame handed to the media plane.</summary>
public sealed record ServerTurn(double SttMs, double BrainMs, double TtsMs, double TotalMs)
{
    /// <summary>What the total leaves after STT, brain and TTS: queueing and the first frame's hand-off.</summary>
    public double OtherMs => Math.Max(0, TotalMs - SttMs - BrainMs - TtsMs);
}
