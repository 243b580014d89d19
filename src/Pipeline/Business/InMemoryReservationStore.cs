namespace MediaCore.Pipeline.Business;

/// <summary>A process-local reservation store (persistence comes later behind the same interface). Thread-safe.</summary>
public sealed class InMemoryReservationStore : IReservationStore
{
    private readonly object _gate = new();
    private readonly List<Reservation> _all = [];

    public Reservation? TryAdd(string tenantId, Func<IReadOnlyList<Reservation>, Reservation?> decide)
    {
        lock (_gate)
        {
            var added = decide(_all.Where(r => r.TenantId == tenantId).ToArray());
            if (added is not null) _all.Add(added);
            return added;
        }
    }

    public IReadOnlyList<Reservation> ForTenant(string tenantId)
    {
        lock (_gate) return _all.Where(r => r.TenantId == tenantId).OrderBy(r => r.Start).ToArray();
    }

    public Reservation? Find(string reservationId)
    {
        lock (_gate) return _all.FirstOrDefault(r => r.Id == reservationId);
    }

    public bool Cancel(string reservationId)
    {
        lock (_gate)
        {
            var i = _all.FindIndex(r => r.Id == reservationId && r.Active);
            if (i < 0) return false;
            _all[i] = _all[i] with { Cancelled = true };
            return true;
        }
    }
}
