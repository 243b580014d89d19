using MediaCore.Pipeline.Business;

namespace MediaCore.Pipeline.Tools;

/// <summary>The stores and hooks tools act on, shared by all calls of a process.</summary>
public sealed class BusinessServices
{
    public IReservationStore Reservations { get; init; } = new InMemoryReservationStore();
    public ICalendarStore Calendar { get; init; } = new InMemoryCalendarStore();
    public IOwnerNotifier Notifier { get; init; } = new RecordingOwnerNotifier();
    public ICallbackQueue Callbacks { get; init; } = new InMemoryCallbackQueue();
}
