using System.Globalization;
using System.Text.Json.Nodes;
using MediaCore.Pipeline.Dialogs.Understanding;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>Offering free slots and booking one, shared by the clinic and trades dialogs.</summary>
public abstract class AppointmentDialogBase(TenantConfig tenant, BusinessServices services, string callId, string? callerNumber)
    : TenantDialogBase(tenant, services, callId, callerNumber)
{
    protected List<DateTimeOffset> Offered { get; private set; } = [];
    protected string? AppointmentId { get; set; }
    protected DateTimeOffset? AppointmentStart { get; set; }
    protected string ServiceId { get; set; } = "";

    /// <summary>Offers the first free slots (on a mentioned day if any; the exact time if it is free).</summary>
    protected string OfferSlots(SlotMentions wanted)
    {
        var args = new JsonObject { ["service"] = ServiceId, ["count"] = 3 };
        if (wanted.Date is { } d) args["date"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var result = Call("find_slots", args);
        Offered = result.Result["slots"]!.AsArray().Select(s => Parse(s!.GetValue<string>())).ToList();
        if (Offered.Count == 0)
            return Say.T("Sorry, I have no free appointments in the next few weeks. I'll ask someone to call you back.",
                "माफ़ कीजिए, अगले कुछ हफ़्तों में कोई समय ख़ाली नहीं है।", "Sorry, agle kuch hafton mein koi slot khaali nahi hai.");
        if (wanted.Time is { } t && wanted.Date is { } day)
        {
            var exact = Tenant.At(day, t.Resolve(x => Tenant.Hours.IsOpenAt(day, x)));
            if (Offered.Contains(exact) || SlotFree(exact)) return Take(exact);
        }
        return Say.T($"The earliest I can offer is {List(Offered)}. Which suits you?", $"सबसे पहले ख़ाली समय हैं: {List(Offered)}। आपको कौन सा ठीक रहेगा?",
            $"Sabse pehle khaali slots hain: {List(Offered)}. Aapko kaunsa theek rahega?");
    }

    /// <summary>The offered slot the caller picked ("the first", "10 am", "yes"), or null.</summary>
    protected DateTimeOffset? Picked(string text)
    {
        if (Offered.Count == 0) return null;
        if (Mentions(text, "first", "pehla", "earliest", "पहला")) return Offered[0];
        if (Mentions(text, "second", "doosra", "dusra", "दूसरा")) return Offered.ElementAtOrDefault(1);
        if (Mentions(text, "third", "teesra", "last", "तीसरा")) return Offered[^1];
        var slots = SlotExtractor.Extract(text, Today, SlotKind.Time);
        if (slots.Time is { } t)
        {
            var match = Offered.FirstOrDefault(o =>
            {
                var local = Tenant.LocalTime(o);
                var time = t.Resolve(x => Tenant.Hours.IsOpenAt(DateOnly.FromDateTime(local.DateTime), x));
                return TimeOnly.FromDateTime(local.DateTime) == time && (slots.Date is null || slots.Date == DateOnly.FromDateTime(local.DateTime));
            });
            if (match != default) return match;
        }
        return YesNo.Parse(text) == true ? Offered[0] : null;
    }

    /// <summary>Books a slot; subclasses supply the customer details. Null reply means the slot was taken: offers again.</summary>
    protected string Take(DateTimeOffset start)
    {
        var result = Call("create_appointment", AppointmentArgs(start));
        if (!result.Ok)
        {
            Offered = result.Result["alternatives"]?.AsArray().Select(s => Parse(s!.GetValue<string>())).ToList() ?? [];
            return Say.T($"Sorry, that time has just gone. I can offer {List(Offered)}.", $"माफ़ कीजिए, वह समय अभी भर गया। मैं {List(Offered)} दे सकती हूँ।",
                $"Sorry, woh slot abhi bhar gaya. Main {List(Offered)} de sakti hoon.");
        }
        Offered = [];
        AppointmentId = result.Result["appointment_id"]!.GetValue<string>();
        AppointmentStart = Parse(result.Result["start"]!.GetValue<string>());
        return Booked(AppointmentStart.Value, AppointmentId);
    }

    protected abstract JsonObject AppointmentArgs(DateTimeOffset start);

    protected abstract string Booked(DateTimeOffset start, string id);

    protected string When(DateTimeOffset at)
    {
        var local = Tenant.LocalTime(at);
        return $"{Say.Date(DateOnly.FromDateTime(local.DateTime))} {Say.T("at ", "", "")}{Say.Time(TimeOnly.FromDateTime(local.DateTime))}";
    }

    protected string List(IEnumerable<DateTimeOffset> slots)
    {
        var items = slots.Select(When).ToArray();
        return items.Length <= 1 ? string.Concat(items) : string.Join(", ", items[..^1]) + Say.T(" or ", " या ", " ya ") + items[^1];
    }

    protected JsonArray OfferedJson() =>
        new(Offered.Select(o => (JsonNode)JsonValue.Create(Tenant.LocalTime(o).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture))!).ToArray());

    protected string Local(DateTimeOffset at) => Tenant.LocalTime(at).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private bool SlotFree(DateTimeOffset start) =>
        Context.Appointments!.FindSlots(Tenant.FindService(ServiceId) ?? Context.Appointments.DefaultService, Now, 50,
            DateOnly.FromDateTime(Tenant.LocalTime(start).DateTime), onlyThatDay: true).Contains(start);

    private DateTimeOffset Parse(string local)
    {
        var t = DateTime.ParseExact(local, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        return Tenant.At(DateOnly.FromDateTime(t), TimeOnly.FromDateTime(t));
    }
}
