using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Business;

/// <summary>
/// Appointment scheduling over an <see cref="ICalendarStore"/>: free slots that fit a service's duration inside opening
/// hours (respecting notice, horizon and how many jobs can run at once), booking with an atomic clash check,
/// cancel, reschedule, and lookup by the caller's number.
/// </summary>
public sealed class AppointmentBook
{
    private readonly TenantConfig _tenant;
    private readonly ICalendarStore _store;
    private readonly AppointmentRules _rules;

    public AppointmentBook(TenantConfig tenant, ICalendarStore store)
    {
        _tenant = tenant;
        _store = store;
        _rules = tenant.Appointments ?? throw new ArgumentException($"tenant '{tenant.Id}' has no appointment rules", nameof(tenant));
    }

    public ServiceOffering DefaultService => _tenant.FindService(_rules.DefaultServiceId) ?? _tenant.Services[0];

    /// <summary>The service whose keywords the text mentions (longest keyword wins), else the default.</summary>
    public ServiceOffering ServiceFor(string text)
    {
        var padded = " " + TextTokens.Normalize(text) + " ";
        return _tenant.Services
            .SelectMany(s => s.Keywords.Select(k => (Service: s, Keyword: TextTokens.Normalize(k))))
            .Where(x => padded.Contains(" " + x.Keyword + " ", StringComparison.Ordinal))
            .OrderByDescending(x => x.Keyword.Length)
            .Select(x => x.Service)
            .FirstOrDefault() ?? DefaultService;
    }

    /// <summary>The first <paramref name="count"/> free starts for a service, from <paramref name="onDate"/> (or the earliest allowed moment) onward.</summary>
    public IReadOnlyList<DateTimeOffset> FindSlots(ServiceOffering service, DateTimeOffset now, int count = 3, DateOnly? onDate = null, bool onlyThatDay = false)
    {
        var today = DateOnly.FromDateTime(_tenant.LocalTime(now).DateTime);
        var first = onDate is { } d && d > today ? d : today;
        var busy = _store.Between(_tenant.Id, now, now.AddDays(_rules.MaxDaysAhead + 2));
        var slots = new List<DateTimeOffset>();
        for (var date = first; date <= today.AddDays(_rules.MaxDaysAhead) && slots.Count < count; date = date.AddDays(1))
        {
            foreach (var start in StartsOn(date, service))
                if (start - now >= _rules.MinAdvance && Fits(busy, start, service.Duration))
                {
                    slots.Add(start);
                    if (slots.Count == count) break;
                }
            if (onlyThatDay) break;
        }
        return slots;
    }

    public Appointment? Book(ServiceOffering service, DateTimeOffset start, string name, string? phone, string? address, string? problem,
        bool emergency, string? callId, DateTimeOffset now)
    {
        var repeat = _store.Between(_tenant.Id, start, start + service.Duration)
            .FirstOrDefault(a => a.CallId == callId && callId is not null && a.Start == start && a.ServiceId == service.Id);
        if (repeat is not null) return repeat;
        if (start - now < _rules.MinAdvance && !emergency) return null;
        if (!StartsOn(DateOnly.FromDateTime(_tenant.LocalTime(start).DateTime), service).Contains(start)) return null;
        return _store.TryAdd(_tenant.Id, existing => Fits(existing, start, service.Duration)
            ? new Appointment($"{_tenant.Id[..Math.Min(3, _tenant.Id.Length)].ToUpperInvariant()}-{101 + existing.Count}", _tenant.Id, service.Id,
                start, start + service.Duration, name, phone, address, problem, emergency, callId)
            : null);
    }

    public bool Cancel(string appointmentId) =>
        _store.Find(appointmentId) is { } a && a.TenantId == _tenant.Id && _store.Remove(appointmentId);

    /// <summary>Moves an appointment; if the new time is taken the original stays.</summary>
    public Appointment? Reschedule(string appointmentId, DateTimeOffset newStart, DateTimeOffset now)
    {
        if (_store.Find(appointmentId) is not { } old || old.TenantId != _tenant.Id) return null;
        var service = _tenant.FindService(old.ServiceId) ?? DefaultService;
        _store.Remove(appointmentId);
        var moved = Book(service, newStart, old.CustomerName, old.Phone, old.Address, old.Problem, old.Emergency, null, now);
        if (moved is null) _store.TryAdd(_tenant.Id, _ => old);
        return moved;
    }

    public IReadOnlyList<Appointment> UpcomingFor(string phone, DateTimeOffset now) =>
        _store.Between(_tenant.Id, now, now.AddYears(1)).Where(a => a.Phone is not null && PhoneNumbers.SameNumber(a.Phone, phone)).ToArray();

    public IReadOnlyList<Appointment> Between(DateTimeOffset from, DateTimeOffset to) => _store.Between(_tenant.Id, from, to);

    private IEnumerable<DateTimeOffset> StartsOn(DateOnly date, ServiceOffering service)
    {
        foreach (var range in _tenant.Hours.On(date))
            for (var t = range.Open; range.Fits(t, service.Duration); t = t.Add(_rules.SlotStep))
            {
                yield return _tenant.At(date, t);
                if (t.Add(_rules.SlotStep) <= t) break;
            }
    }

    private bool Fits(IReadOnlyList<Appointment> existing, DateTimeOffset start, TimeSpan duration) =>
        existing.Count(a => a.Overlaps(start, start + duration)) < _rules.Capacity;
}
