using System.Diagnostics;
using MediaCore.Bench.Load.Audio;
using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Rtp;
using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Frames;

namespace MediaCore.Bench.Load.Agent;

/// <summary>
/// One agent-scenario caller, reacting to the bot like a person: it waits for the greeting to end (bot audio, then
/// <see cref="QuietToEndTurn"/> of silence), says a line, waits for the reply to end, says the next line, and so on;
/// a talk-over line starts <see cref="AgentCallerScript.TalkOverAfter"/> after the bot's reply began (a barge-in).
/// No reply within <see cref="ReplyTimeout"/> moves on. Silence is sent between lines, as a phone would.
/// The tick thread owns the state; the receive loop only publishes the latest audible arrival and the first one
/// after the caller started listening.
/// </summary>
public sealed class TurnTakingCaller : ICallerAudio
{
    private readonly AgentCallerScript _script;
    private readonly List<CallerTurn> _turns;
    private State _state = State.Listening;
    private int _line = -1;
    private int _lineFirstFrame;
    private long _listeningSince;
    private long _lastAudible;
    private long _replyStart;

    public TurnTakingCaller(AgentCallerScript script)
    {
        _script = script;
        _turns = new List<CallerTurn>(script.Lines.Count);
        double seconds = GreetingTimeout.TotalSeconds + script.Lines.Sum(l => l.FrameCount * AudioFrame.DurationMilliseconds / 1000
            + ReplyTimeout.TotalSeconds + MaxReplyLength.TotalSeconds);
        MaxFrames = (int)(seconds * AudioFrame.FramesPerSecond);
    }

    private enum State { Listening, Speaking, Done }

    /// <summary>Bot silence that ends its turn.</summary>
    public static TimeSpan QuietToEndTurn { get; } = TimeSpan.FromMilliseconds(800);

    public static TimeSpan GreetingTimeout { get; } = TimeSpan.FromSeconds(20);

    public static TimeSpan ReplyTimeout { get; } = TimeSpan.FromSeconds(12);

    /// <summary>A reply still going after this long is cut short by the next line.</summary>
    public static TimeSpan MaxReplyLength { get; } = TimeSpan.FromSeconds(20);

    public G711Law Law => _script.Law;

    public int MaxFrames { get; }

    public IReadOnlyList<CallerTurn> Turns => _turns;

    public void OnPacket(in ReceivedPacket packet)
    {
        if (!packet.Audible)
            return;
        Volatile.Write(ref _lastAudible, packet.ArrivalTimestamp);
        if (packet.ArrivalTimestamp >= Volatile.Read(ref _listeningSince))
            Interlocked.CompareExchange(ref _replyStart, packet.ArrivalTimestamp, 0);
    }

    public bool TryGetFrame(int frame, long now, out ReadOnlySpan<byte> payload)
    {
        if (_state == State.Listening && _listeningSince == 0)
            Volatile.Write(ref _listeningSince, now); // the greeting counts from the first frame
        if (_state == State.Listening && ShouldMoveOn(now))
            Advance(frame, now);
        if (_state == State.Speaking)
        {
            var line = _script.Lines[_line];
            int offset = frame - _lineFirstFrame;
            if (offset < line.FrameCount)
            {
                payload = line.Frame(offset);
                return true;
            }
            Listen(now);
        }
        payload = _script.Silence;
        return _state != State.Done;
    }

    private bool ShouldMoveOn(long now)
    {
        long replyStart = Volatile.Read(ref _replyStart);
        if (replyStart == 0)
            return Elapsed(_listeningSince, now) >= (_line < 0 ? GreetingTimeout : ReplyTimeout);
        bool nextTalksOver = _line >= 0 && _line + 1 < _script.Lines.Count && _script.Lines[_line + 1].TalkOver;
        if (nextTalksOver && Elapsed(replyStart, now) >= _script.TalkOverAfter)
            return true;
        return Elapsed(Volatile.Read(ref _lastAudible), now) >= QuietToEndTurn || Elapsed(replyStart, now) >= MaxReplyLength;
    }

    private void Advance(int frame, long now)
    {
        if (_line + 1 >= _script.Lines.Count)
        {
            _state = State.Done;
            return;
        }
        _line++;
        _lineFirstFrame = frame;
        var line = _script.Lines[_line];
        _turns.Add(new CallerTurn(_line, frame, line.LastVoicedFrame < 0 ? -1 : frame + line.LastVoicedFrame, line.TalkOver));
        _state = State.Speaking;
    }

    private void Listen(long now)
    {
        // This order: a packet stamped against the old listening mark before the reset is cleared by it.
        Volatile.Write(ref _listeningSince, now);
        Volatile.Write(ref _replyStart, 0);
        _state = State.Listening;
    }

    private static TimeSpan Elapsed(long from, long to) => Stopwatch.GetElapsedTime(from, to);
}
