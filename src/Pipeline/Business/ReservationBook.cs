using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Business;

/// <summary>
/// A restaurant's table bookings: every rule of <see cref="ReservationRules"/> (opening hours and last seating, notice,
/// horizon, party size, peak cap), seat capacity over overlapping dining windows including the turnover buffer, no
/// double booking by one phone number, and idempotent creation within a call.
/// </summary>
public sealed class ReservationBook
{
    private readonly TenantConfig _tenant;
    private readonly IReservationStore _store;
    private readonly ReservationRules _rules;

    public ReservationBook(TenantConfig tenant, IReservationStore store)
    {
        _tenant = tenant;
        _store = store;
        _rules = tenant.Reservations ?? throw new ArgumentException($"tenant '{tenant.Id}' has no reservation rules", nameof(tenant));
    }

    public ReservationRules Rules => _rules;

    public ReservationCheck Check(ReservationRequest request, DateTimeOffset now) =>
        Evaluate(request, now, _store.ForTenant(_tenant.Id));

    public ReservationResult Create(ReservationRequest request, string callId, DateTimeOffset now)
    {
        var start = _tenant.At(request.Date, request.Time);
        var repeat = _store.ForTenant(_tenant.Id).FirstOrDefault(r => r.Active && r.CallId == callId
            && r.Start == start && r.PartySize == request.PartySize && string.Equals(r.Name, request.Name, StringComparison.OrdinalIgnoreCase));
        if (repeat is not null) return new ReservationResult(repeat, new ReservationCheck(ReservationProblem.None, []), Repeated: true);

        ReservationCheck? failed = null;
        var added = _store.TryAdd(_tenant.Id, existing =>
        {
            var check = Evaluate(request, now, existing);
            if (!check.Bookable)
            {
                failed = check;
                return null;
            }
            var id = $"{Prefix()}-{101 + existing.Count}";
            return new Reservation(id, _tenant.Id, request.Name ?? "Guest", request.Phone, request.PartySize, start, start + _rules.Hold, callId);
        });
        return new ReservationResult(added, failed ?? new ReservationCheck(ReservationProblem.None, []));
    }

    public bool Cancel(string reservationId) =>
        _store.Find(reservationId) is { } r && r.TenantId == _tenant.Id && _store.Cancel(reservationId);

    /// <summary>Upcoming active reservations made from this phone number.</summary>
    public IReadOnlyList<Reservation> UpcomingFor(string phone, DateTimeOffset now) =>
        _store.ForTenant(_tenant.Id).Where(r => r.Active && r.Phone is not null && PhoneNumbers.SameNumber(r.Phone, phone) && r.Start > now).ToArray();

    /// <summary>The problem with a request ignoring capacity: hours, notice, horizon, party size, peak cap.</summary>
    public ReservationProblem RuleProblem(ReservationRequest request, DateTimeOffset now)
    {
        if (request.PartySize < _rules.MinPartySize) return ReservationProblem.PartyTooSmall;
        if (request.PartySize > _rules.MaxPartySize) return ReservationProblem.PartyTooLarge;
        var ranges = _tenant.Hours.On(request.Date);
        if (ranges.Count == 0) return ReservationProblem.ClosedDay;
        var start = _tenant.At(request.Date, request.Time);
        if (start < now) return ReservationProblem.InThePast;
        if (start - now < _rules.MinAdvance) return ReservationProblem.TooSoon;
        if (request.Date > DateOnly.FromDateTime(_tenant.LocalTime(now).DateTime).AddDays(_rules.MaxDaysAhead)) return ReservationProblem.TooFarAhead;
        if (!ranges.Any(r => request.Time >= r.Open && request.Time <= LastSeating(r))) return ReservationProblem.OutsideHours;
        if (_rules.Peak is { } peak && peak.Covers(request.Time) && request.PartySize > peak.MaxParty) return ReservationProblem.PeakPartyLimit;
        return ReservationProblem.None;
    }

    /// <summary>The latest start time within an opening range: the configured last seating, else closing minus the dining window.</summary>
    public TimeOnly LastSeating(TimeRange range)
    {
        var byClose = range.Close.Add(-_rules.Dining);
        if (byClose < range.Open) byClose = range.Open;
        return _rules.LastSeating is { } configured && configured >= range.Open && configured < byClose ? configured : byClose;
    }

    private ReservationCheck Evaluate(ReservationRequest request, DateTimeOffset now, IReadOnlyList<Reservation> existing)
    {
        var problem = RuleProblem(request, now);
        Reservation? clash = null;
        if (problem == ReservationProblem.None)
        {
            var start = _tenant.At(request.Date, request.Time);
            clash = request.Phone is null ? null : existing.FirstOrDefault(r => r.Active && r.Phone is not null
                && PhoneNumbers.SameNumber(r.Phone, request.Phone) && r.Overlaps(start, start + _rules.Hold));
            if (clash is not null) problem = ReservationProblem.DoubleBooking;
            else if (!HasSeats(existing, start, request.PartySize)) problem = ReservationProblem.Full;
        }
        var alternatives = problem is ReservationProblem.OutsideHours or ReservationProblem.TooSoon or ReservationProblem.PeakPartyLimit or ReservationProblem.Full
            ? NearbyFreeTimes(request, now, existing, 3)
            : [];
        return new ReservationCheck(problem, alternatives, clash);
    }

    /// <summary>Up to <paramref name="count"/> bookable start times on the same date, nearest to the one asked for, in time order.</summary>
    public IReadOnlyList<DateTimeOffset> NearbyFreeTimes(ReservationRequest request, DateTimeOffset now, int count = 3) =>
        NearbyFreeTimes(request, now, _store.ForTenant(_tenant.Id), count);

    private IReadOnlyList<DateTimeOffset> NearbyFreeTimes(ReservationRequest request, DateTimeOffset now, IReadOnlyList<Reservation> existing, int count)
    {
        var candidates = new List<TimeOnly>();
        foreach (var range in _tenant.Hours.On(request.Date))
            for (var t = range.Open; t <= LastSeating(range); t = t.Add(_rules.SlotStep))
            {
                candidates.Add(t);
                if (t.Add(_rules.SlotStep) <= t) break; // wrapped past midnight
            }
        return candidates
            .Where(t => t != request.Time && RuleProblem(request with { Time = t }, now) == ReservationProblem.None)
            .Where(t => HasSeats(existing, _tenant.At(request.Date, t), request.PartySize))
            .OrderBy(t => Math.Abs((t - request.Time).TotalMinutes > 720 ? 1440 - (t - request.Time).TotalMinutes : (t - request.Time).TotalMinutes))
            .ThenBy(t => t)
            .Take(count)
            .Order()
            .Select(t => _tenant.At(request.Date, t))
            .ToArray();
    }

    /// <summary>
    /// Seats are enough if, at every moment of the new table's hold, the parties already seated plus this one fit.
    /// Occupancy only rises at a hold's start, so checking the new start and every overlapping start suffices.
    /// </summary>
    private bool HasSeats(IReadOnlyList<Reservation> existing, DateTimeOffset start, int partySize)
    {
        var end = start + _rules.Hold;
        var overlapping = existing.Where(r => r.Active && r.Overlaps(start, end)).ToArray();
        var points = overlapping.Select(r => r.Start).Where(s => s > start).Append(start);
        return points.All(p => overlapping.Where(r => r.Start <= p && p < r.HeldUntil).Sum(r => r.PartySize) + partySize <= _rules.Seats);
    }

    private string Prefix() =>
        new(_tenant.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])).Take(3).ToArray());
}
