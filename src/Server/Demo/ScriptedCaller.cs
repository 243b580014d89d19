using System.Diagnostics;
using System.Threading.Channels;
using MediaCore.Media.Handlers;
using MediaCore.Media.Rtp;
using MediaCore.Media.Sessions;

namespace MediaCore.Server.Demo;

/// <summary>
/// The demo's built-in caller, as the media plane sees it (16 kHz). It waits for the bot's greeting to end (bot speech,
/// then <see cref="QuietFrames"/> of silence), says each <see cref="ScriptLine"/>, waits for the bot's reply to end,
/// and so on; then it completes <see cref="Finished"/>. It records both directions and logs every inbound frame's
/// timestamp and level. As its session's <see cref="IRtpPacketObserver"/> it also captures every raw RTP packet it
/// receives, before its jitter buffer (arrival time, sequence, RTP timestamp, payload): the barge-in test compares
/// those with the server's decision on the same monotonic clock.
/// Tick-thread and receive-thread work is allocation-free: preallocated recordings and a bounded struct channel.
/// </summary>
public sealed class ScriptedCaller : ICallAudioHandler, IRtpPacketObserver
{
    /// <summary>Payload bytes kept per captured packet (a 20 ms G.711 frame is 160, Opus at 24 kbit/s about 60).</summary>
    public const int MaxCapturedPayload = 256;

    public const int Rate = 16_000;
    private const int FrameSamples = Rate / 50;

    private readonly IReadOnlyList<ScriptLine> _lines;
    private readonly short[] _heard;
    private readonly short[] _said;
    private readonly long[] _frameTimestamps;
    private readonly int[] _frameLevels;
    private readonly int[] _lineStartFrames;
    private readonly int[] _lineEndFrames;
    private readonly long[] _packetArrivals;
    private readonly RtpHeader[] _packetHeaders;
    private readonly byte[] _packetPayloads;
    private readonly int[] _packetLengths;
    private int _packets;
    private readonly Channel<CallerEvent> _events = Channel.CreateBounded<CallerEvent>(1_024);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _frames;
    private State _state = State.AwaitGreeting;
    private int _line = -1;
    private int _lineOffset;
    private bool _botSpoke;
    private int _quiet;
    private int _waitFrames;
    private int _replyFrames;
    private long _lineEndTimestamp;

    /// <param name="maxSeconds">Recording capacity (the call's longest expected duration).</param>
    public ScriptedCaller(IReadOnlyList<ScriptLine> lines, int maxSeconds = 120)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lines = lines;
        int frames = maxSeconds * 50;
        _heard = new short[frames * FrameSamples];
        _said = new short[frames * FrameSamples];
        _frameTimestamps = new long[frames];
        _frameLevels = new int[frames];
        _lineStartFrames = new int[lines.Count];
        _lineEndFrames = new int[lines.Count];
        _packetArrivals = new long[frames];
        _packetHeaders = new RtpHeader[frames];
        _packetPayloads = new byte[frames * MaxCapturedPayload];
        _packetLengths = new int[frames];
    }

    private enum State { AwaitGreeting, Speaking, AwaitReply, Done }

    /// <summary>Inbound RMS above this counts as bot speech.</summary>
    public int SpeechLevel { get; init; } = 300;

    /// <summary>Silence that ends a bot turn (50 frames = 1 s).</summary>
    public int QuietFrames { get; init; } = 50;

    /// <summary>Longest wait for a reply to start before the caller moves on (frames).</summary>
    public int ReplyTimeoutFrames { get; init; } = 500;

    public int SampleRate => Rate;

    public ChannelReader<CallerEvent> Events => _events.Reader;

    public Task Finished => _finished.Task;

    /// <summary>Inbound frames so far (one per tick).</summary>
    public int FrameCount => Volatile.Read(ref _frames);

    /// <summary>Copies of what the caller heard and said so far (16 kHz, aligned by tick).</summary>
    public (short[] Heard, short[] Said) Recording()
    {
        int samples = FrameCount * FrameSamples;
        return (_heard.AsSpan(0, samples).ToArray(), _said.AsSpan(0, samples).ToArray());
    }

    /// <summary>Per inbound frame: the Stopwatch timestamp of its tick and its RMS level.</summary>
    public (long Timestamp, int Level) Frame(int index) => (_frameTimestamps[index], _frameLevels[index]);

    /// <summary>Inbound frame indexes where line <paramref name="line"/> started and ended (its audio ran out).</summary>
    public (int StartFrame, int EndFrame) LineFrames(int line) => (_lineStartFrames[line], _lineEndFrames[line]);

    /// <summary>RTP packets captured so far.</summary>
    public int PacketCount => Volatile.Read(ref _packets);

    /// <summary>Captured packet <paramref name="index"/>: arrival (Stopwatch timestamp), header and payload (a copy).</summary>
    public (long Arrival, RtpHeader Header, ReadOnlyMemory<byte> Payload) Packet(int index) =>
        (_packetArrivals[index], _packetHeaders[index], _packetPayloads.AsMemory(index * MaxCapturedPayload, _packetLengths[index]));

    public void OnRtpReceived(long arrivalTimestamp, in RtpHeader header, ReadOnlySpan<byte> payload)
    {
        int index = _packets;
        if (index >= _packetArrivals.Length)
            return;
        _packetArrivals[index] = arrivalTimestamp;
        _packetHeaders[index] = header;
        int length = Math.Min(payload.Length, MaxCapturedPayload);
        payload[..length].CopyTo(_packetPayloads.AsSpan(index * MaxCapturedPayload, MaxCapturedPayload));
        _packetLengths[index] = length;
        Volatile.Write(ref _packets, index + 1);
    }

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
        int frame = _frames;
        if (frame >= _frameTimestamps.Length)
            return;
        long now = Stopwatch.GetTimestamp();
        int level = Rms(pcm);
        _frameTimestamps[frame] = now;
        _frameLevels[frame] = level;
        pcm[..Math.Min(pcm.Length, FrameSamples)].CopyTo(_heard.AsSpan(frame * FrameSamples, FrameSamples));
        Volatile.Write(ref _frames, frame + 1);
        Advance(level >= SpeechLevel, now);
    }

    public bool FillOutboundFrame(Span<short> pcm)
    {
        if (_state != State.Speaking)
            return false;
        var audio = _lines[_line].Audio;
        int count = Math.Min(FrameSamples, audio.Length - _lineOffset);
        pcm.Clear();
        audio.AsSpan(_lineOffset, count).CopyTo(pcm);
        int frame = Math.Max(0, _frames - 1);
        if (frame < _frameTimestamps.Length)
            pcm[..FrameSamples].CopyTo(_said.AsSpan(frame * FrameSamples, FrameSamples));
        _lineOffset += count;
        if (_lineOffset >= audio.Length)
        {
            _lineEndFrames[_line] = _frames;
            _lineEndTimestamp = Stopwatch.GetTimestamp();
            _state = State.AwaitReply;
            _botSpoke = false;
            _quiet = 0;
            _waitFrames = 0;
            _replyFrames = 0;
            Emit(CallerEventKind.LineEnded, _lineEndTimestamp);
        }
        return true;
    }

    private void Advance(bool voiced, long now)
    {
        switch (_state)
        {
            case State.AwaitGreeting:
                if (BotTurnOver(voiced))
                {
                    Emit(CallerEventKind.GreetingHeard, now);
                    StartNextLine(now);
                }
                break;
            case State.AwaitReply:
                AwaitReply(voiced, now);
                break;
        }
    }

    private void AwaitReply(bool voiced, long now)
    {
        _waitFrames++;
        if (voiced && !_botSpoke)
            Emit(CallerEventKind.ReplyStarted, now, (long)Stopwatch.GetElapsedTime(_lineEndTimestamp, now).TotalMicroseconds);
        if (_botSpoke || voiced)
            _replyFrames++;
        bool nextOverBot = _line + 1 < _lines.Count && _lines[_line + 1].OverBotAfterMs > 0;
        if (nextOverBot && _replyFrames * 20 >= _lines[_line + 1].OverBotAfterMs)
        {
            StartNextLine(now);
            return;
        }
        if (BotTurnOver(voiced))
        {
            Emit(CallerEventKind.ReplyEnded, now);
            StartNextLine(now);
        }
        else if (!_botSpoke && _waitFrames >= ReplyTimeoutFrames)
        {
            Emit(CallerEventKind.NoReply, now);
            StartNextLine(now);
        }
    }

    private bool BotTurnOver(bool voiced)
    {
        _botSpoke |= voiced;
        _quiet = voiced ? 0 : _quiet + 1;
        return _botSpoke && _quiet >= QuietFrames;
    }

    private void StartNextLine(long now)
    {
        _line++;
        _botSpoke = false;
        _quiet = 0;
        if (_line >= _lines.Count)
        {
            _state = State.Done;
            Emit(CallerEventKind.Finished, now);
            _finished.TrySetResult();
            return;
        }
        _lineOffset = 0;
        _lineStartFrames[_line] = _frames;
        _state = State.Speaking;
        Emit(CallerEventKind.LineStarted, now);
    }

    private void Emit(CallerEventKind kind, long timestamp, long value = 0) =>
        _events.Writer.TryWrite(new CallerEvent(kind, _line, timestamp, value));

    private static int Rms(ReadOnlySpan<short> pcm)
    {
        if (pcm.IsEmpty)
            return 0;
        double sum = 0;
        foreach (var s in pcm)
            sum += s * (double)s;
        return (int)Math.Sqrt(sum / pcm.Length);
    }
}
