using Google.Protobuf.WellKnownTypes;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>
/// In-process broadcast of call events to StreamEvents subscribers. Publishing stamps a sequence number and time,
/// then offers the event to each matching subscriber's bounded queue without waiting (drop-oldest when full).
/// The subscriber list is copy-on-write so publishing takes no lock.
/// </summary>
public sealed class CallEventHub
{
    public const int DefaultSubscriberCapacity = 256;
    private readonly object _gate = new();
    private CallEventSubscription[] _subscribers = [];
    private long _sequence;

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    /// <summary>Events queued for subscribers and not yet sent (the metrics' events queue depth).</summary>
    public int QueuedEvents
    {
        get
        {
            int queued = 0;
            foreach (var subscriber in Volatile.Read(ref _subscribers))
                queued += subscriber.Reader.Count;
            return queued;
        }
    }

    public CallEventSubscription Subscribe(CallEventFilter filter, int capacity = DefaultSubscriberCapacity)
    {
        var subscription = new CallEventSubscription(filter, capacity, Remove);
        lock (_gate)
            _subscribers = [.. _subscribers, subscription];
        return subscription;
    }

    public void Publish(Event e)
    {
        e.Sequence = (ulong)Interlocked.Increment(ref _sequence);
        e.Time ??= Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
        foreach (var subscriber in Volatile.Read(ref _subscribers))
            if (subscriber.Filter.Matches(e))
                subscriber.Offer(e);
    }

    /// <summary>Ends every subscription (server shutdown): readers drain what is queued, then see completion.</summary>
    public void CompleteAll()
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
            subscriber.Complete();
    }

    private void Remove(CallEventSubscription subscription)
    {
        lock (_gate)
            _subscribers = Array.FindAll(_subscribers, s => !ReferenceEquals(s, subscription));
    }
}
