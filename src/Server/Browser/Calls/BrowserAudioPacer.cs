using System.Diagnostics;
using MediaCore.Server.Streams;

namespace MediaCore.Server.Browser;

/// <summary>
/// Pulls bot audio from the handler at real time (one 20 ms frame per 20 ms, measured on the monotonic clock so a
/// late tick catches up) with a small lead, so the page's playback queue holds only ~<see cref="LeadFrames"/>
/// frames: a barge-in then has little to throw away, and the handler (not the browser) owns the backlog.
/// It also tells the page when the bot starts and stops speaking.
/// </summary>
internal sealed class BrowserAudioPacer
{
    /// <summary>Frames the page may hold beyond real time: enough to ride out network and timer jitter.</summary>
    public const int LeadFrames = 3;

    /// <summary>Silent ticks before the page is told the bot is listening again (a short gap is not a turn change).</summary>
    private const int ListeningAfterIdleTicks = 10;

    private static readonly TimeSpan FramePeriod = TimeSpan.FromMilliseconds(20);

    private readonly IStreamCallHandler _handler;
    private readonly BrowserSocketWriter _writer;
    private readonly short[] _frame = new short[BrowserWire.FrameSamples];

    public BrowserAudioPacer(IStreamCallHandler handler, BrowserSocketWriter writer)
    {
        _handler = handler;
        _writer = writer;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(FramePeriod);
        var credit = (double)LeadFrames;
        var last = Stopwatch.GetTimestamp();
        var speaking = false;
        var idleTicks = 0;
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            var now = Stopwatch.GetTimestamp();
            credit = Math.Min(LeadFrames, credit + Stopwatch.GetElapsedTime(last, now) / FramePeriod);
            last = now;
            var sent = 0;
            while (credit >= 1)
            {
                var epoch = _writer.Epoch; // read before the pull: a flush after it makes this frame stale
                if (!_handler.TryReadBotAudio(_frame))
                    break;
                credit -= 1;
                if (!speaking)
                {
                    speaking = true;
                    _writer.EnqueueControl(BrowserOutboundMessage.State(BrowserCallState.Speaking));
                }
                if (await _writer.SendAudioAsync(_frame, epoch, cancellationToken).ConfigureAwait(false))
                    sent++;
            }
            idleTicks = sent > 0 ? 0 : idleTicks + 1;
            if (speaking && idleTicks >= ListeningAfterIdleTicks)
            {
                speaking = false;
                _writer.EnqueueControl(BrowserOutboundMessage.State(BrowserCallState.Listening));
            }
        }
    }
}
