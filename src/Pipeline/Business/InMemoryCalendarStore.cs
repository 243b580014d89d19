namespace MediaCore.Pipeline.Business;

/// <summary>A process-local calendar; <see cref="JsonFileCalendarStore"/> adds saving to disk. Thread-safe.</summary>
public class InMemoryCalendarStore : ICalendarStore
{
    private readonly object _gate = new();
    private readonly List<Appointment> _all = [];

    public IReadOnlyList<Appointment> Between(string tenantId, DateTimeOffset from, DateTimeOffset to)
    {
        lock (_gate) return _all.Where(a => a.TenantId == tenantId && a.Overlaps(from, to)).OrderBy(a => a.Start).ToArray();
    }

    public Appointment? TryAdd(string tenantId, Func<IReadOnlyList<Appointment>, Appointment?> decide)
    {
        lock (_gate)
        {
            var added = decide(_all.Where(a => a.TenantId == tenantId).ToArray());
            if (added is null) return null;
            _all.Add(added);
            Changed(_all);
            return added;
        }
    }

    public Appointment? Find(string appointmentId)
    {
        lock (_gate) return _all.FirstOrDefault(a => a.Id == appointmentId);
    }

    public bool Remove(string appointmentId)
    {
        lock (_gate)
        {
            if (_all.RemoveAll(a => a.Id == appointmentId) == 0) return false;
            Changed(_all);
            return true;
        }
    }

    /// <summary>Seeds the store (e.g. from a file) without running admission.</summary>
    protected void Load(IEnumerable<Appointment> appointments)
    {
        lock (_gate) _all.AddRange(appointments);
    }

    /// <summary>Called under the lock after every change with the full list.</summary>
    protected virtual void Changed(IReadOnlyList<Appointment> all)
    {
    }
}
