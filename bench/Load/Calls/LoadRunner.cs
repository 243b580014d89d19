using System.Diagnostics;
using System.Net;
using MediaCore.Bench.Load.Analysis;
using MediaCore.Bench.Load.Audio;
using MediaCore.Bench.Load.Sip;
using MediaCore.Media.Scheduling;
using MediaCore.Sip.Sdp;

namespace MediaCore.Bench.Load.Calls;

/// <summary>
/// Places a batch of calls against one target: starts them at <c>callsPerSecond</c> until <c>calls</c> are up (so all
/// overlap when the ramp is shorter than a call), waits for every one, and summarises the batch.
/// </summary>
public sealed class LoadRunner : IDisposable
{
    // One caller tick thread: sending pre-encoded frames is cheap, and every spinning above-normal thread here is a
    // core taken from the target on a small machine.
    private readonly MediaTickScheduler _scheduler = new(new MediaTickSchedulerOptions { ThreadCount = 1, ThreadNamePrefix = "bench-caller-" });

    private readonly Func<ICallerAudio> _newCaller;

    /// <summary>Every call sends the same fixed script.</summary>
    public LoadRunner(CallerScript script, CallAnalyzer? analyzer = null)
        : this(() => script, script.Law, analyzer)
    {
    }

    /// <summary>Each call gets its own caller from <paramref name="newCaller"/> (callers that react to the bot keep state).</summary>
    public LoadRunner(Func<ICallerAudio> newCaller, MediaCore.Media.Codecs.G711.G711Law law, CallAnalyzer? analyzer = null)
    {
        _newCaller = newCaller;
        Analyzer = analyzer ?? new CallAnalyzer();
        var codec = law == MediaCore.Media.Codecs.G711.G711Law.MuLaw ? SdpCodec.Pcmu : SdpCodec.Pcma;
        Negotiator = new SdpOfferAnswer([codec], username: "bench");
    }

    public CallAnalyzer Analyzer { get; set; }

    public SdpOfferAnswer Negotiator { get; }

    public async Task<LoadSummary> RunAsync(string targetName, IPEndPoint target, int calls, double callsPerSecond,
        ProcessSampler? sampler, CancellationToken cancellation)
    {
        await using var sip = new LoadSipClient(target);
        long start = Stopwatch.GetTimestamp();
        var running = new List<Task<CallRecord>>(calls);
        var interval = TimeSpan.FromSeconds(1 / Math.Max(0.001, callsPerSecond));
        for (int i = 0; i < calls; i++)
        {
            var due = interval * i - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due, cancellation).ConfigureAwait(false);
            int index = i;
            running.Add(Task.Run(() => LoadCall.RunAsync(index, sip, _newCaller(), Negotiator, _scheduler, cancellation), cancellation));
        }
        var records = await Task.WhenAll(running).ConfigureAwait(false);
        long end = Stopwatch.GetTimestamp();
        var pacing = new List<double>();
        var callerPacing = new List<double>();
        var metrics = new List<CallMetrics>(records.Length);
        foreach (var record in records)
        {
            metrics.Add(Analyzer.Analyze(record, out var samples));
            pacing.AddRange(samples);
            callerPacing.AddRange(CallAnalyzer.SendDeviations(record.FrameSendTimestamps));
        }
        var server = sampler?.Summarize(start, end) ?? ResourceSummary.None;
        return LoadSummary.Of(targetName, calls, metrics, pacing, callerPacing, Stopwatch.GetElapsedTime(start, end).TotalSeconds, server);
    }

    public void Dispose() => _scheduler.Dispose();
}
