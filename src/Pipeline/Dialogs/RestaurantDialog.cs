using System.Globalization;
using System.Text.Json.Nodes;
using MediaCore.Pipeline.Business;
using MediaCore.Pipeline.Dialogs.Understanding;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>
/// The restaurant's offline rule dialog. Answers prices, hours, location and delivery questions; collects party size,
/// date, time and name (in any order, corrections replacing earlier values), validates each against the rules as soon
/// as it can, offers nearby free times when full, confirms with the final values, and books through the tools.
/// Catering, large parties and repeated misunderstandings are offered to a person.
/// </summary>
public sealed partial class RestaurantDialog : TenantDialogBase
{
    private readonly ReservationBook _book;
    private int? _party;
    private DateOnly? _date;
    private TimeMention? _timeMention;
    private TimeOnly? _time;
    private string? _name;
    private Stage _stage;
    private List<TimeOnly> _offered = [];
    private string? _reservationId;
    private string _handoffReason = "";
    private int _misunderstood;

    public RestaurantDialog(TenantConfig tenant, BusinessServices services, string callId, string? callerNumber)
        : base(tenant, services, callId, callerNumber)
    {
        _book = Context.Reservations ?? throw new ArgumentException($"tenant '{tenant.Id}' has no reservation rules", nameof(tenant));
    }

    private enum Stage
    {
        Collecting,
        Confirming,
        AwaitingHandoffChoice,
        Booked,
        HandedOff,
    }

    protected override string Handle(string text)
    {
        if (_stage == Stage.AwaitingHandoffChoice && HandoffChoice(text) is { } choice) return choice;
        if (Mentions(text, "manager", "human", "real person", "someone", "staff", "owner", "insaan"))
            return Handoff("caller asked for a person");
        if (IsCatering(text))
        {
            _handoffReason = "catering or event enquiry";
            _stage = Stage.AwaitingHandoffChoice;
            return OfferHandoffCatering();
        }
        if (IsCancel(text)) return CancelBooking();

        var parts = new List<string>();
        var delivery = IsDelivery(text);
        if (delivery) parts.Add(DineInOnly());
        if (IsPriceQuestion(text)) parts.Add(Price(text));
        else if (IsMenuQuestion(text)) parts.Add(MenuOverview());
        if (IsLocationQuestion(text)) parts.Add(Location());

        var expected = NextMissing();
        var slots = SlotExtractor.Extract(text, Today, NextMissingKind(expected));
        var hoursQuestion = IsHoursQuestion(text) && !IsBookingIntent(text);
        if (hoursQuestion)
        {
            parts.Add(Hours(slots.Date));
            slots = slots with { Date = null };
        }
        var wantsName = expected == Slot.Name || Mentions(text, "name", "naam", "नाम", "under");
        var name = wantsName && YesNo.Parse(text) is null ? NameExtractor.Find(text, expected == Slot.Name && parts.Count == 0 && !slots.Any) : null;
        var picked = PickOffered(text);
        if (picked) slots = slots with { Time = null };
        var booking = slots.Any || name is not null || picked || (IsBookingIntent(text) && !delivery)
            || (_stage == Stage.Confirming && parts.Count == 0);

        if (booking)
        {
            _misunderstood = 0;
            parts.Add(Book(slots, name, text));
        }
        else if (parts.Count == 0)
        {
            parts.Add(NotUnderstood());
        }
        else
        {
            _misunderstood = 0;
            if (_stage == Stage.Collecting && (_party ?? (object?)_date ?? _time) is not null) parts.Add(Ask(NextMissing()));
        }
        return string.Join(" ", parts);
    }

    private string Book(SlotMentions slots, string? name, string text)
    {
        if (_stage == Stage.Confirming && !slots.Any && name is null)
        {
            switch (YesNo.Parse(text))
            {
                case true:
                    return CreateReservation();
                case false:
                    _stage = Stage.Collecting;
                    return AskWhatToChange();
                default:
                    return Confirmation();
            }
        }
        if (_stage == Stage.Booked && !slots.Any && name is null) return AnythingElse();
        var echo = slots.PartySize is { } p && p != _party && p <= _book.Rules.MaxPartySize && p >= _book.Rules.MinPartySize
            ? Say.T($"A table for {p}.", $"{p} लोगों के लिए।", $"{p} logon ke liye.") + " " : "";
        if (slots.PartySize is { } party) _party = party;
        if (slots.Date is { } d) _date = d;
        if (slots.Time is { } t)
        {
            _timeMention = t;
            _time = null;
        }
        if (name is not null) _name = name;
        if (_stage is Stage.Confirming or Stage.Booked) _stage = Stage.Collecting;
        var next = Advance();
        return _stage == Stage.Collecting ? echo + next : next;
    }

    /// <summary>Validates what is known so far and asks for the next missing value, or confirms when complete.</summary>
    private string Advance()
    {
        var rules = _book.Rules;
        if (_party is { } party && party > rules.MaxPartySize)
        {
            _party = null;
            _handoffReason = $"party of {party}";
            _stage = Stage.AwaitingHandoffChoice;
            return LargeParty(party);
        }
        if (_party is { } small && small < rules.MinPartySize)
        {
            _party = null;
            return Ask(Slot.PartySize);
        }
        if (_date is { } date && Tenant.Hours.On(date).Count == 0)
        {
            _date = null;
            return ClosedOn(date) + " " + Ask(Slot.Date);
        }
        if (_date is { } day && _timeMention is { } mention && _time is null)
            _time = mention.Resolve(t => Tenant.Hours.On(day).Any(r => r.Open <= t && t <= _book.LastSeating(r)));
        if (_date is { } dd && _time is { } tt)
        {
            var problem = _party is { } ps
                ? Availability(ps, dd, tt)
                : _book.RuleProblem(new ReservationRequest(rules.MinPartySize, dd, tt), Now) is var rp && rp is ReservationProblem.OutsideHours or ReservationProblem.InThePast or ReservationProblem.TooSoon or ReservationProblem.TooFarAhead
                    ? Problem(rp, rules.MinPartySize, dd, tt, []) : null;
            if (problem is not null) return problem;
        }
        var missing = NextMissing();
        if (missing != Slot.None) return Ask(missing);
        _stage = Stage.Confirming;
        return Confirmation();
    }

    private string? Availability(int party, DateOnly date, TimeOnly time)
    {
        var check = Call("check_availability", Args(party, date, time));
        if (check.Result["available"]?.GetValue<bool>() == true) return null;
        var problem = Enum.Parse<ReservationProblem>(check.Result["problem"]!.GetValue<string>().Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
        var alternatives = check.Result["alternatives"]!.AsArray().Select(a => TimeOnly.ParseExact(a!.GetValue<string>(), "HH:mm", CultureInfo.InvariantCulture)).ToList();
        return Problem(problem, party, date, time, alternatives);
    }

    private string Problem(ReservationProblem problem, int party, DateOnly date, TimeOnly time, List<TimeOnly> alternatives)
    {
        _time = null;
        _timeMention = null;
        _offered = alternatives;
        if (problem == ReservationProblem.TooFarAhead) _date = null;
        return problem switch
        {
            ReservationProblem.OutsideHours => OutsideHours(date, time),
            ReservationProblem.TooSoon or ReservationProblem.InThePast => TooSoon(alternatives),
            ReservationProblem.TooFarAhead => TooFar(),
            ReservationProblem.PeakPartyLimit => PeakLimit(party, alternatives),
            ReservationProblem.DoubleBooking => AlreadyBooked(),
            _ => Full(date, time, alternatives),
        };
    }

    private string CreateReservation()
    {
        var result = Call("create_reservation", Args(_party!.Value, _date!.Value, _time!.Value, _name));
        if (!result.Ok)
        {
            _stage = Stage.Collecting;
            var alternatives = result.Result["alternatives"]?.AsArray().Select(a => TimeOnly.ParseExact(a!.GetValue<string>(), "HH:mm", CultureInfo.InvariantCulture)).ToList() ?? [];
            var problem = Enum.Parse<ReservationProblem>(result.Result["error"]!.GetValue<string>().Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
            return Problem(problem, _party.Value, _date.Value, _time!.Value, alternatives);
        }
        _reservationId = result.Result["reservation_id"]!.GetValue<string>();
        _stage = Stage.Booked;
        return Booked(_reservationId);
    }

    private string CancelBooking()
    {
        var result = Call("cancel_reservation", new JsonObject());
        if (!result.Ok) return NoBookingToCancel();
        _stage = Stage.Collecting;
        return Cancelled(result.Result["reservation_id"]!.GetValue<string>());
    }

    private string? HandoffChoice(string text)
    {
        if (Mentions(text, "call back", "callback", "call me", "call me back", "ring me", "wapas call", "call karna", "call kijiye", "कॉल बैक"))
        {
            _stage = Stage.HandedOff;
            return Callback(_handoffReason);
        }
        if (Mentions(text, "transfer", "connect", "jod do", "jodiye", "baat karao") || YesNo.Parse(text) == true) return Handoff(_handoffReason);
        if (YesNo.Parse(text) == false)
        {
            _stage = Stage.Collecting;
            return AnythingElse();
        }
        _stage = Stage.Collecting;
        return null;
    }

    private string Handoff(string reason)
    {
        _stage = Stage.HandedOff;
        return HandOff(reason);
    }

    private bool PickOffered(string text)
    {
        if (_offered.Count == 0) return false;
        var index = Mentions(text, "first", "pehla", "pehle", "पहला", "earlier", "earliest") ? 0
            : Mentions(text, "second", "doosra", "dusra", "दूसरा", "middle") ? 1
            : Mentions(text, "third", "teesra", "तीसरा", "last", "later", "latest") ? _offered.Count - 1
            : _offered.Count == 1 && YesNo.Parse(text) == true ? 0 : -1;
        if (index < 0 || index >= _offered.Count) return false;
        _time = _offered[index];
        _timeMention = new TimeMention(_time.Value.Hour, _time.Value.Minute, _time.Value.Hour >= 12);
        _offered = [];
        return true;
    }

    private enum Slot
    {
        None,
        PartySize,
        Date,
        Time,
        Name,
    }

    private Slot NextMissing() =>
        _party is null ? Slot.PartySize : _date is null ? Slot.Date : _time is null ? Slot.Time : _name is null ? Slot.Name : Slot.None;

    private static SlotKind NextMissingKind(Slot slot) => slot switch
    {
        Slot.PartySize => SlotKind.PartySize,
        Slot.Time => SlotKind.Time,
        _ => SlotKind.None,
    };

    private JsonObject Args(int party, DateOnly date, TimeOnly time, string? name = null)
    {
        var args = new JsonObject
        {
            ["party_size"] = party,
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["time"] = time.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
        if (name is not null) args["name"] = name;
        return args;
    }

    protected override JsonObject State() => new()
    {
        ["stage"] = _stage.ToString().ToLowerInvariant(),
        ["party_size"] = _party,
        ["date"] = _date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["time"] = _time?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["name"] = _name,
        ["phone"] = Context.CallerNumber,
        ["offered_times"] = new JsonArray(_offered.Select(t => (JsonNode)JsonValue.Create(t.ToString("HH:mm", CultureInfo.InvariantCulture))!).ToArray()),
        ["reservation_id"] = _reservationId,
    };
}
