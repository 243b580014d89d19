using System.Text.Json.Nodes;
using MediaCore.Pipeline.Dialogs.Understanding;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>
/// The clinic's rule dialog: an emergency phrase at any point (chest pain, breathing difficulty, severe bleeding) gets
/// the advice to call the emergency number at once and the call is flagged; otherwise reason → name → slot → booked.
/// </summary>
public sealed class ClinicDialog(TenantConfig tenant, BusinessServices services, string callId, string? callerNumber)
    : AppointmentDialogBase(tenant, services, callId, callerNumber)
{
    private string? _reason;
    private string? _name;
    private bool _emergency;
    private SlotMentions _wanted = new(null, null, null);

    protected override string Opening() => Say.T("What is the reason for your visit?", "आप किस वजह से डॉक्टर को दिखाना चाहते हैं?", "Aap kis wajah se doctor ko dikhana chahte hain?");

    protected override bool EndOfCall => _emergency;

    protected override string Handle(string text)
    {
        if (Tenant.Emergency.Match(text) is { } keyword) return Emergency(keyword, text);
        var slots = SlotExtractor.Extract(text, Today, SlotKind.Time);
        if (slots.Any) _wanted = new SlotMentions(null, slots.Time ?? _wanted.Time, slots.Date ?? _wanted.Date);
        if (AppointmentId is not null) return Say.T("You're all set. Is there anything else?", "आपकी अपॉइंटमेंट पक्की है। और कुछ?", "Aapki appointment pakki hai. Aur kuch?");
        if (Offered.Count > 0)
        {
            if (Picked(text) is { } chosen) return Take(chosen);
            if (slots.Any) return OfferSlots(_wanted);
        }
        if (_reason is null)
        {
            _reason = text;
            ServiceId = Context.Appointments!.ServiceFor(text).Id;
            return AskName();
        }
        if (_name is null)
        {
            _name = NameExtractor.Find(text, awaitingName: true);
            if (_name is null) return AskName();
            return OfferSlots(_wanted);
        }
        return OfferSlots(_wanted);
    }

    private string Emergency(string keyword, string text)
    {
        _emergency = true;
        Call("flag_emergency", new JsonObject { ["keyword"] = keyword, ["details"] = text, ["name"] = _name });
        var number = Tenant.Emergency.Number ?? "112";
        return Say.T($"This may be a medical emergency. Please hang up and call {number} right now, or go to the nearest emergency department immediately. Do not wait for an appointment.",
            $"यह मेडिकल इमरजेंसी हो सकती है। कृपया अभी फ़ोन रखकर तुरंत {number} पर कॉल करें, या सबसे नज़दीकी इमरजेंसी विभाग जाएँ। अपॉइंटमेंट का इंतज़ार न करें।",
            $"Yeh medical emergency ho sakti hai. Please abhi phone rakh kar turant {number} par call kijiye, ya sabse nazdeeki emergency department jaiye. Appointment ka intezaar mat kijiye.");
    }

    private string AskName() => Say.T("May I have the patient's name?", "मरीज़ का नाम क्या है?", "Patient ka naam kya hai?");

    protected override JsonObject AppointmentArgs(DateTimeOffset start) => new()
    {
        ["service"] = ServiceId, ["start"] = Local(start), ["name"] = _name, ["problem"] = _reason,
    };

    protected override string Booked(DateTimeOffset start, string id) => Say.T(
        $"Your appointment with the doctor is booked for {When(start)}, reference {id}. Please arrive ten minutes early.",
        $"डॉक्टर के साथ आपकी अपॉइंटमेंट {When(start)} बुक है, नंबर {id}। कृपया दस मिनट पहले पहुँचें।",
        $"Doctor ke saath aapki appointment {When(start)} book hai, number {id}. Please das minute pehle pahunchiye.");

    protected override JsonObject State() => new()
    {
        ["reason"] = _reason,
        ["service"] = ServiceId.Length > 0 ? ServiceId : null,
        ["name"] = _name,
        ["emergency"] = _emergency,
        ["offered_slots"] = OfferedJson(),
        ["appointment_id"] = AppointmentId,
        ["start"] = AppointmentStart is { } s ? Local(s) : null,
    };
}
