using MediaCore.Server.Browser;
using MediaCore.Server.Streams;

namespace MediaCore.Server.Tests.Browser;

/// <summary>
/// A bot that talks (a 440 Hz tone) from the start and, after <paramref name="framesBeforeBargeIn"/> frames were
/// pulled, barges in: it drops its audio, then raises ClearRequested, and says nothing more.
/// </summary>
internal sealed class ToneCallHandler(int framesBeforeBargeIn) : IStreamCallHandler, ICallEventSource
{
    private ICallEventSink? _events;
    private int _framesOut;
    private int _cleared;

    public event Action? ClearRequested;

    public event Action? HangupRequested;

    public int ClearsSent { get; private set; }

    public PlayoutMark? LastHeardAtClear { get; private set; }

    public void AttachEvents(ICallEventSink events) => _events = events;

    public void OnStart(StreamCallMetadata metadata) => _events?.BotReply("Namaste, Himalayan Kitchen, how can I help?");

    public void OnCallerAudio(ReadOnlySpan<short> pcm, int sampleRate)
    {
    }

    public bool TryReadBotAudio(Span<short> frame)
    {
        if (Volatile.Read(ref _cleared) != 0)
            return false;
        var n = Interlocked.Increment(ref _framesOut);
        for (var i = 0; i < frame.Length; i++)
            frame[i] = (short)(8000 * Math.Sin(2 * Math.PI * 440 * ((n - 1) * frame.Length + i) / 16000.0));
        if (n == framesBeforeBargeIn)
        {
            Volatile.Write(ref _cleared, 1); // drop our own queue first, then ask the transport to flush
            _events?.BargeIn();
            ClearRequested?.Invoke();
        }
        return true;
    }

    public void OnDtmf(char digit)
    {
    }

    public void OnMarkPlayed(PlayoutMark mark)
    {
    }

    public void OnClearSent(PlayoutMark lastHeard)
    {
        LastHeardAtClear = lastHeard;
        ClearsSent++;
    }

    public void OnStop(string reason)
    {
    }

    public void Hangup() => HangupRequested?.Invoke();
}
