using System.Collections.Concurrent;
using MediaCore.Server.Browser;
using MediaCore.Server.Streams;

namespace MediaCore.Server.Tests.Browser;

/// <summary>
/// Plays every caller frame straight back, and reports a scripted Himalayan Kitchen booking as the frames come in
/// (language, partial then final transcript, a bot reply, latency, the reservation being built then confirmed).
/// </summary>
internal sealed class EchoCallHandler : IStreamCallHandler, ICallEventSource
{
    private readonly ConcurrentQueue<short[]> _echo = new();
    private ICallEventSink? _events;
    private int _framesIn;

    public event Action? ClearRequested;

    public event Action? HangupRequested;

    public StreamCallMetadata? Metadata { get; private set; }

    public string? StopReason { get; private set; }

    public ConcurrentQueue<char> Digits { get; } = new();

    public ConcurrentQueue<PlayoutMark> Marks { get; } = new();

    public int FramesIn => Volatile.Read(ref _framesIn);

    public void AttachEvents(ICallEventSink events) => _events = events;

    public void OnStart(StreamCallMetadata metadata) => Metadata = metadata;

    public void OnCallerAudio(ReadOnlySpan<short> pcm, int sampleRate)
    {
        _echo.Enqueue(pcm.ToArray());
        Script(Interlocked.Increment(ref _framesIn));
    }

    public bool TryReadBotAudio(Span<short> frame)
    {
        if (!_echo.TryDequeue(out var next))
            return false;
        next.CopyTo(frame);
        return true;
    }

    public void OnDtmf(char digit) => Digits.Enqueue(digit);

    public void OnMarkPlayed(PlayoutMark mark) => Marks.Enqueue(mark);

    public void OnClearSent(PlayoutMark lastHeard)
    {
    }

    public void OnStop(string reason) => StopReason = reason;

    public void RequestClear() => ClearRequested?.Invoke();

    public void RequestHangup() => HangupRequested?.Invoke();

    private void Script(int frame)
    {
        var events = _events;
        if (events is null)
            return;
        switch (frame)
        {
            case 1:
                events.Language("en", 0.97);
                events.TenantState(Reservation("collecting", ("Party", "4")));
                break;
            case 10:
                events.Transcript("I'd like a table", isFinal: false);
                break;
            case 25:
                events.Transcript("I'd like a table for four at seven thirty", isFinal: true);
                events.BotReply("A table for four at seven thirty. May I have your name?");
                events.TurnLatency(new TurnLatency(1, 612.4, 180.2, 95.7, 140.1));
                events.TenantState(Reservation("collecting", ("Party", "4"), ("Time", "19:30")));
                break;
            case 50:
                events.BargeIn();
                events.TenantState(Reservation("confirmed", ("Party", "4"), ("Time", "19:30"), ("Name", "Asha")));
                break;
        }
    }

    private static TenantStateView Reservation(string status, params (string Name, string Value)[] fields) =>
        new("Reservation", status, fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToArray());
}
