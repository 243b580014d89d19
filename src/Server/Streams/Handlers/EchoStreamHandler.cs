namespace MediaCore.Server.Streams.Handlers;

/// <summary>
/// Plays the caller's audio straight back (a line test for operators, the loop-back for transport tests): every
/// caller frame is queued and pulled again one frame per tick. Holds at most <see cref="MaxQueuedSeconds"/> seconds.
/// </summary>
public sealed class EchoStreamHandler : StreamHandlerBase
{
    public const int MaxQueuedSeconds = 30;

    private readonly object _queueGate = new();
    private short[] _ring = [];
    private int _head;
    private int _count;
    private long _framesReceived;

    public long FramesReceived => Interlocked.Read(ref _framesReceived);

    public override void OnStart(StreamCallMetadata metadata)
    {
        lock (_queueGate)
            _ring = new short[metadata.SampleRate * MaxQueuedSeconds];
        base.OnStart(metadata);
    }

    public override void OnCallerAudio(ReadOnlySpan<short> pcm, int sampleRate)
    {
        Interlocked.Increment(ref _framesReceived);
        lock (_queueGate)
        {
            foreach (var sample in pcm)
            {
                if (_count == _ring.Length)
                    return;   // full: drop the newest rather than block the receive loop
                _ring[(_head + _count) % _ring.Length] = sample;
                _count++;
            }
        }
    }

    public override bool TryReadBotAudio(Span<short> frame)
    {
        lock (_queueGate)
        {
            if (_count < frame.Length)
                return false;
            for (var i = 0; i < frame.Length; i++)
                frame[i] = _ring[(_head + i) % _ring.Length];
            _head = (_head + frame.Length) % _ring.Length;
            _count -= frame.Length;
            return true;
        }
    }

    protected override void DropQueuedAudio()
    {
        lock (_queueGate)
            (_head, _count) = (0, 0);
    }
}
