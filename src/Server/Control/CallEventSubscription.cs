using System.Threading.Channels;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>One subscriber's bounded queue. Disposing unsubscribes; <see cref="Dropped"/> counts events lost to a full queue.</summary>
public sealed class CallEventSubscription : IDisposable
{
    private readonly Channel<Event> _channel;
    private readonly Action<CallEventSubscription> _unsubscribe;
    private long _dropped;

    internal CallEventSubscription(CallEventFilter filter, int capacity, Action<CallEventSubscription> unsubscribe)
    {
        Filter = filter;
        _unsubscribe = unsubscribe;
        // DropOldest: a slow reader loses history, never blocks the publisher (the call's media thread).
        _channel = Channel.CreateBounded<Event>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
    }

    public CallEventFilter Filter { get; }
    public ChannelReader<Event> Reader => _channel.Reader;
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void Offer(Event e) => _channel.Writer.TryWrite(e);

    internal void Complete() => _channel.Writer.TryComplete();

    public void Dispose()
    {
        _channel.Writer.TryComplete();
        _unsubscribe(this);
    }
}
