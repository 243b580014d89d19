using System.Text.Json.Nodes;
using MediaCore.Pipeline.Business;
using MediaCore.Pipeline.Dialogs.Understanding;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>
/// A trades business (plumber) call handler. Sorts the call (new job, reschedule/cancel, owner asking about the
/// diary), takes intake — problem, name, callback number (caller ID confirmed), address — flags emergencies to the
/// owner at once, and books the first slot long enough for the job type.
/// </summary>
public sealed class TradesDialog(TenantConfig tenant, BusinessServices services, string callId, string? callerNumber)
    : AppointmentDialogBase(tenant, services, callId, callerNumber)
{
    private string? _problem;
    private string? _name;
    private string? _phone;
    private bool _askedPhone;
    private string? _address;
    private bool _emergency;
    private string _callType = "new_job";
    private Appointment? _existing;
    private bool _rescheduling;

    protected override string Handle(string text)
    {
        if (Tenant.Owner.IsOwner(Context.CallerNumber) && OwnerAgenda.IsAgendaQuestion(text))
        {
            _callType = "owner_query";
            return new OwnerAgenda(Tenant, Context.Appointments!).Answer(text, Now);
        }
        var prefix = "";
        if (!_emergency && Tenant.Emergency.Match(text) is { } keyword)
        {
            _emergency = true;
            Call("flag_emergency", new JsonObject { ["keyword"] = keyword, ["details"] = text, ["name"] = _name, ["address"] = _address });
            prefix = $"That sounds like an emergency — I've alerted {Tenant.Owner.Name ?? "the plumber"} straight away. If you can, turn off the water at the stopcock. ";
        }
        if (AppointmentId is not null) return prefix + "You're all booked in. Anything else I can help with?";
        if (_callType == "change" || (_problem is null && Mentions(text, "cancel", "reschedule", "move my", "change my", "rearrange")))
            return prefix + Change(text);
        if (Offered.Count > 0 && Picked(text) is { } chosen) return prefix + Take(chosen);
        return prefix + Intake(text);
    }

    private string Intake(string text)
    {
        if (_problem is null)
        {
            if (Mentions(text, "how much", "price", "do you", "are you", "open", "hours", "cost") && !Mentions(text, "leak", "burst", "blocked", "broken"))
            {
                _callType = "question";
                return Callback("question: " + text) + " Is there a job I can book in for you?";
            }
            if (TextTokens.Split(text).Length < 3) return "What's the problem you need help with?";
            _problem = text;
            ServiceId = Context.Appointments!.ServiceFor(text).Id;
            return Next();
        }
        if (_name is null)
        {
            _name = NameExtractor.Find(text, awaitingName: true);
            return Next();
        }
        if (_phone is null)
        {
            var digits = PhoneNumbers.Digits(text);
            if (digits.Length >= 10) _phone = digits;
            else if (YesNo.Parse(text) == true && Context.CallerNumber is { } caller) _phone = caller;
            else if (YesNo.Parse(text) == false) return "What's the best number to call you back on?";
            return Next();
        }
        if (_address is null)
        {
            _address = text.Trim().TrimEnd('.');
            return Next();
        }
        return Next();
    }

    private string Next()
    {
        if (_name is null) return "Can I take your name, please?";
        if (_phone is null)
        {
            if (!_askedPhone && Context.CallerNumber is { } caller)
            {
                _askedPhone = true;
                return $"Is {caller} the best number to call you back on?";
            }
            return "What's the best number to call you back on?";
        }
        if (_address is null) return "And what's the address of the job?";
        var service = Tenant.FindService(ServiceId)!;
        var hours = service.Duration.TotalHours;
        return $"Thanks {_name}. A {service.Name.ToLowerInvariant()} takes about {hours:0.#} hour{(hours == 1 ? "" : "s")}. " + OfferSlots(new SlotMentions(null, null, null));
    }

    private string Change(string text)
    {
        _callType = "change";
        if (_existing is null)
        {
            _existing = Context.CallerNumber is { } phone ? Context.Appointments!.UpcomingFor(phone, Now).FirstOrDefault() : null;
            if (_existing is null && NameExtractor.Find(text, awaitingName: _name is null && Offered.Count == 0 && !Mentions(text, "cancel", "reschedule")) is { } name)
            {
                _name = name;
                _existing = Context.Appointments!.Between(Now, Now.AddDays(60)).FirstOrDefault(a => a.CustomerName.Equals(name, StringComparison.OrdinalIgnoreCase));
            }
            if (_existing is null) return "I can't find a booking for this number. What name is the booking under?";
            _rescheduling = Mentions(text, "reschedule", "move", "change", "rearrange", "another day", "different");
            if (!Mentions(text, "cancel") && !_rescheduling)
                return $"I found your {Describe(_existing)} on {When(_existing.Start)}. Would you like to cancel it or move it?";
        }
        if (Offered.Count > 0 && Picked(text) is { } chosen) return Take(chosen);
        if (_rescheduling || Mentions(text, "move", "reschedule", "change", "another"))
        {
            _rescheduling = true;
            (_name, _phone, _address, _problem, ServiceId) = (_existing.CustomerName, _existing.Phone, _existing.Address, _existing.Problem, _existing.ServiceId);
            var cancel = Call("cancel_appointment", new JsonObject { ["appointment_id"] = _existing.Id });
            return (cancel.Ok ? $"I've released your {When(_existing.Start)} slot. " : "") + OfferSlots(SlotExtractor.Extract(text, Today, SlotKind.Time));
        }
        if (Mentions(text, "cancel") || YesNo.Parse(text) == true)
        {
            var cancel = Call("cancel_appointment", new JsonObject { ["appointment_id"] = _existing.Id });
            return cancel.Ok ? $"Done, your {Describe(_existing)} on {When(_existing.Start)} is cancelled." : "Sorry, I couldn't cancel that booking; I'll ask Dave to call you.";
        }
        return "Would you like to cancel it or move it to another time?";
    }

    private string Describe(Appointment a) => Tenant.FindService(a.ServiceId)?.Name.ToLowerInvariant() ?? "appointment";

    protected override JsonObject AppointmentArgs(DateTimeOffset start) => new()
    {
        ["service"] = ServiceId, ["start"] = Local(start), ["name"] = _name, ["phone"] = _phone, ["address"] = _address, ["problem"] = _problem,
        ["emergency"] = _emergency,
    };

    protected override string Booked(DateTimeOffset start, string id) =>
        $"You're booked in for {When(start)} at {_address}, reference {id}. {Tenant.Owner.Name ?? "We"} will call {_phone} if anything changes.";

    protected override JsonObject State() => new()
    {
        ["call_type"] = _callType,
        ["problem"] = _problem,
        ["service"] = ServiceId.Length > 0 ? ServiceId : null,
        ["name"] = _name,
        ["callback_number"] = _phone,
        ["address"] = _address,
        ["emergency"] = _emergency,
        ["offered_slots"] = OfferedJson(),
        ["appointment_id"] = AppointmentId,
        ["start"] = AppointmentStart is { } s ? Local(s) : null,
    };
}
