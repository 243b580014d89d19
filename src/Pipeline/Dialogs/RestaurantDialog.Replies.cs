using System.Text.Json.Nodes;
using MediaCore.Pipeline.Business;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>What the restaurant dialog recognises and how it words its replies, in English, Hindi and Hinglish.</summary>
public sealed partial class RestaurantDialog
{
    private static bool IsCatering(string text) => Mentions(text, "catering", "cater", "caterer", "event", "wedding", "shaadi", "bulk order", "party order",
        "corporate", "franchise", "job", "vacancy", "private dining", "buyout", "whole restaurant", "outdoor", "कैटरिंग");

    private static bool IsCancel(string text) => Mentions(text, "cancel", "cancellation", "radd", "कैंसिल", "रद्द");

    private static bool IsDelivery(string text) => Mentions(text, "deliver", "delivery", "home delivery", "takeaway", "take away", "take out", "takeout",
        "parcel", "zomato", "swiggy", "order online", "ghar pe", "ghar par", "डिलीवरी", "पार्सल");

    private static bool IsPriceQuestion(string text) => Mentions(text, "how much", "price", "prices", "cost", "costs", "rate", "kitne ka", "kitne ki",
        "kitna", "kitne", "daam", "कितने", "कितना", "दाम", "क़ीमत", "कीमत");

    private static bool IsMenuQuestion(string text) => Mentions(text, "menu", "what do you have", "what do you serve", "dishes", "kya milta", "मेन्यू");

    private static bool IsLocationQuestion(string text) => Mentions(text, "where", "address", "location", "located", "directions", "kahan", "kahaan", "pata",
        "कहाँ", "कहां", "पता");

    private static bool IsHoursQuestion(string text) => Mentions(text, "open", "opening", "close", "closing", "closed", "timings", "timing", "hours",
        "khulta", "khula", "khulega", "band", "kab tak", "खुला", "खुलता", "बंद");

    private static bool IsBookingIntent(string text) => Mentions(text, "book", "booking", "reserve", "reservation", "table", "seat", "seats", "टेबल", "बुक");

    private string DineInOnly() => Say.T(
        "We're dine-in only, so we don't do delivery or takeaway — but I'd be happy to book you a table.",
        "हम सिर्फ़ रेस्टोरेंट में बैठकर खाने की सुविधा देते हैं, डिलीवरी या टेकअवे नहीं — लेकिन मैं आपके लिए टेबल बुक कर सकती हूँ।",
        "Hum sirf dine-in karte hain, delivery ya takeaway nahi — lekin main aapke liye table book kar sakti hoon.");

    private string Price(string text)
    {
        var call = Call("get_menu_item_price", new JsonObject { ["item"] = text });
        if (call.Ok)
        {
            var item = call.Result["item"]!.GetValue<string>();
            var price = call.Result["price_text"]!.GetValue<string>();
            var plural = item.EndsWith('s') && !item.EndsWith("ss", StringComparison.Ordinal);
            return Say.T($"{item} {(plural ? "are" : "is")} {price}.", $"{item} {price} {(plural ? "के हैं" : "का है")}।",
                $"{item} {price} {(plural ? "ke hain" : "ka hai")}.");
        }
        if (call.Result["matches"] is JsonArray matches)
        {
            var list = string.Join(", ", matches.Take(6).Select(m => $"{m!["item"]} {m["price_text"]}"));
            return Say.T($"We have {list}. Which one would you like?", $"हमारे पास {list} हैं। आप कौन सा लेना चाहेंगे?", $"Hamare paas {list} hain. Aapko kaunsa chahiye?");
        }
        return Say.T("Sorry, I couldn't find that on our menu. We have momos, thukpa, soups, fried rice, curries and drinks — which dish did you mean?",
            "माफ़ कीजिए, यह हमारे मेन्यू में नहीं मिला। हमारे पास मोमोज़, थुकपा, सूप, फ्राइड राइस और ड्रिंक्स हैं — आप कौन सी डिश पूछ रहे हैं?",
            "Sorry, yeh hamare menu mein nahi mila. Hamare paas momos, thukpa, soup, fried rice aur drinks hain — aap kaunsi dish pooch rahe hain?");
    }

    private string MenuOverview()
    {
        var categories = Tenant.Menu.GroupBy(m => m.Category ?? "other").Select(g => $"{g.Key} from {Rupees.Format(g.Min(i => i.Price))}");
        var list = string.Join(", ", categories);
        return Say.T($"On our menu: {list}. Ask me the price of any dish.", $"हमारे मेन्यू में: {list}। किसी भी डिश का दाम पूछ सकते हैं।",
            $"Hamare menu mein: {list}. Kisi bhi dish ka daam pooch sakte hain.");
    }

    private string Location()
    {
        var call = Call("get_location", new JsonObject());
        var address = call.Result["address"]!.GetValue<string>();
        return Say.T($"We're at {address}.", $"हमारा पता है: {address}।", $"Hamara address hai: {address}.");
    }

    private string Hours(DateOnly? date)
    {
        var args = new JsonObject();
        if (date is { } d) args["date"] = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Call("get_hours", args);
        var week = Say.OpeningHours(Tenant.Hours);
        if (date is { } day && Tenant.Hours.On(day).Count == 0) return ClosedOn(day);
        if (date is { } open)
            return Say.T($"Yes, we're open on {Say.Date(open)}, {Say.Ranges(Tenant.Hours.On(open))}.", $"जी हाँ, {Say.Date(open)} को हम {Say.Ranges(Tenant.Hours.On(open))} खुले हैं।",
                $"Haan ji, {Say.Date(open)} ko hum {Say.Ranges(Tenant.Hours.On(open))} khule hain.");
        return Say.T($"We're open {week}.", $"हम {week} खुले रहते हैं।", $"Hum {week} khule rehte hain.");
    }

    private string ClosedOn(DateOnly date)
    {
        var week = Say.OpeningHours(Tenant.Hours);
        if (Tenant.Hours.ClosureOn(date) is { } closure)
        {
            var why = closure.Reason is { } r ? Say.T($" for {r}", $" {r} की वजह से", $" {r} ki wajah se") : "";
            return Say.T($"Sorry, we're closed on {Say.Date(date)}{why}. We're normally open {week}.",
                $"माफ़ कीजिए, {Say.Date(date)} को हम{why} बंद हैं। आम तौर पर हम {week} खुले रहते हैं।",
                $"Sorry, {Say.Date(date)} ko hum{why} band hain. Aam taur par hum {week} khule rehte hain.");
        }
        return Say.T($"Sorry, we're closed on {Say.Day(date.DayOfWeek)}s. We're open {week}.",
            $"माफ़ कीजिए, {Say.Day(date.DayOfWeek)} को हम बंद रहते हैं। हम {week} खुले रहते हैं।",
            $"Sorry, {Say.Day(date.DayOfWeek)} ko hum band rehte hain. Hum {week} khule rehte hain.");
    }

    private string OutsideHours(DateOnly date, TimeOnly time)
    {
        var ranges = Tenant.Hours.On(date);
        var last = Say.Time(_book.LastSeating(ranges[^1]));
        var week = Say.OpeningHours(Tenant.Hours);
        return Say.T($"Sorry, we can't seat you at {Say.Time(time)}. We're open {week}, and the last table is seated at {last}. What time would you like?",
            $"माफ़ कीजिए, {Say.Time(time)} टेबल नहीं मिल सकती। हम {week} खुले रहते हैं, और आख़िरी टेबल {last} तक। आप किस समय आना चाहेंगे?",
            $"Sorry, {Say.Time(time)} table nahi mil sakti. Hum {week} khule rehte hain, aur last table {last} tak. Aap kis time aana chahenge?");
    }

    private string TooSoon(List<TimeOnly> alternatives)
    {
        var notice = (int)_book.Rules.MinAdvance.TotalMinutes;
        var offer = alternatives.Count > 0 ? Say.T($" I can offer {Say.Times(alternatives)}.", $" मैं {Say.Times(alternatives)} दे सकती हूँ।", $" Main {Say.Times(alternatives)} de sakti hoon.") : "";
        return Say.T($"We need at least {notice} minutes' notice for a booking.{offer}", $"बुकिंग के लिए कम से कम {notice} मिनट पहले बताना होता है।{offer}",
            $"Booking ke liye kam se kam {notice} minute pehle batana hota hai.{offer}");
    }

    private string TooFar() => Say.T($"We take bookings up to {_book.Rules.MaxDaysAhead} days ahead. Which date would you like?",
        $"हम {_book.Rules.MaxDaysAhead} दिन आगे तक की बुकिंग लेते हैं। आप कौन सी तारीख़ चाहेंगे?",
        $"Hum {_book.Rules.MaxDaysAhead} din aage tak ki booking lete hain. Aap kaunsi date chahenge?");

    private string PeakLimit(int party, List<TimeOnly> alternatives)
    {
        var peak = _book.Rules.Peak!;
        var offer = alternatives.Count > 0 ? Say.T($" For {party} I can offer {Say.Times(alternatives)}, or connect you to our manager.",
            $" {party} लोगों के लिए मैं {Say.Times(alternatives)} दे सकती हूँ, या मैनेजर से बात करा सकती हूँ।",
            $" {party} logon ke liye main {Say.Times(alternatives)} de sakti hoon, ya manager se baat kara sakti hoon.") : "";
        return Say.T($"Between {Say.Time(peak.Start)} and {Say.Time(peak.End)} we can book tables of up to {peak.MaxParty} by phone.{offer}",
            $"{Say.Time(peak.Start)} से {Say.Time(peak.End)} के बीच फ़ोन पर {peak.MaxParty} लोगों तक की टेबल बुक होती है।{offer}",
            $"{Say.Time(peak.Start)} se {Say.Time(peak.End)} ke beech phone par {peak.MaxParty} logon tak ki table book hoti hai.{offer}");
    }

    private string Full(DateOnly date, TimeOnly time, List<TimeOnly> alternatives)
    {
        if (alternatives.Count == 0)
        {
            _date = null;
            return Say.T($"Sorry, {Say.Date(date)} is fully booked. Would another day work?", $"माफ़ कीजिए, {Say.Date(date)} पूरी तरह बुक है। क्या कोई और दिन चलेगा?",
                $"Sorry, {Say.Date(date)} poori tarah book hai. Koi aur din chalega?");
        }
        return Say.T($"Sorry, {Say.Time(time)} on {Say.Date(date)} is fully booked. I can offer {Say.Times(alternatives)} — which would you like?",
            $"माफ़ कीजिए, {Say.Date(date)} को {Say.Time(time)} पूरी तरह बुक है। मैं {Say.Times(alternatives)} दे सकती हूँ — कौन सा समय चलेगा?",
            $"Sorry, {Say.Date(date)} ko {Say.Time(time)} full hai. Main {Say.Times(alternatives)} de sakti hoon — kaunsa time chalega?");
    }

    private string AlreadyBooked() => Say.T("You already have a table booked around that time from this number. Would you like a different time?",
        "इस नंबर से उस समय के आसपास पहले से एक टेबल बुक है। क्या आप कोई और समय चाहेंगे?",
        "Is number se us time ke aas-paas pehle se ek table book hai. Koi aur time chahenge?");

    private string LargeParty(int party) => Say.T(
        $"For a group of {party}, our manager arranges the booking personally — I can book up to {_book.Rules.MaxPartySize} guests by phone. Shall I transfer you to the manager now, or would you prefer a callback?",
        $"{party} लोगों के ग्रुप की बुकिंग हमारे मैनेजर ख़ुद करते हैं — फ़ोन पर मैं {_book.Rules.MaxPartySize} लोगों तक बुक कर सकती हूँ। क्या मैं आपको मैनेजर से जोड़ दूँ, या आप कॉल बैक चाहेंगे?",
        $"{party} logon ke group ki booking hamare manager khud karte hain — phone par main {_book.Rules.MaxPartySize} logon tak book kar sakti hoon. Kya main aapko manager se jod doon, ya aap call back chahenge?");

    private string OfferHandoffCatering() => Say.T(
        "Catering and events are arranged by our manager personally. Shall I transfer you to them now, or would you prefer a callback?",
        "कैटरिंग और इवेंट्स हमारे मैनेजर ख़ुद देखते हैं। क्या मैं आपको अभी उनसे जोड़ दूँ, या आप कॉल बैक चाहेंगे?",
        "Catering aur events hamare manager khud dekhte hain. Kya main aapko abhi unse jod doon, ya aap call back chahenge?");

    private string NotUnderstood()
    {
        _misunderstood++;
        if (_misunderstood >= 2)
        {
            _handoffReason = "bot could not understand the request";
            _stage = Stage.AwaitingHandoffChoice;
            return Say.T("I'm sorry, I can't help with that myself. Shall I transfer you to our manager, or would you prefer a callback?",
                "माफ़ कीजिए, इसमें मैं ख़ुद मदद नहीं कर पाऊँगी। क्या मैं आपको मैनेजर से जोड़ दूँ, या आप कॉल बैक चाहेंगे?",
                "Sorry, ismein main khud madad nahi kar paungi. Kya main aapko manager se jod doon, ya aap call back chahenge?");
        }
        return Say.T("Sorry, I didn't catch that. I can book a table, or tell you our menu prices, opening hours or address.",
            "माफ़ कीजिए, मैं समझ नहीं पाई। मैं टेबल बुक कर सकती हूँ, या मेन्यू के दाम, समय या पता बता सकती हूँ।",
            "Sorry, main samajh nahi paayi. Main table book kar sakti hoon, ya menu ke daam, timing ya address bata sakti hoon.");
    }

    private string Ask(Slot slot) => slot switch
    {
        Slot.PartySize => Say.T("How many people is the table for?", "कितने लोगों के लिए टेबल चाहिए?", "Kitne logon ke liye table chahiye?"),
        Slot.Date => Say.T("Which day would you like to come?", "आप किस दिन आना चाहेंगे?", "Aap kis din aana chahenge?"),
        Slot.Time => Say.T("What time would you like?", "किस समय के लिए?", "Kis time ke liye?"),
        Slot.Name => Say.T("What name should I put the booking under?", "बुकिंग किस नाम से करूँ?", "Booking kis naam se karoon?"),
        _ => "",
    };

    private string AskWhatToChange() => Say.T("No problem — what would you like to change: the number of people, the day, the time or the name?",
        "कोई बात नहीं — क्या बदलना है: लोगों की संख्या, दिन, समय या नाम?", "Koi baat nahi — kya badalna hai: log, din, time ya naam?");

    private string Confirmation() => Say.T(
        $"Just to confirm: a table for {_party} on {Say.Date(_date!.Value)} at {Say.Time(_time!.Value)}, under the name {_name}. Shall I book it?",
        $"पुष्टि कर दूँ: {Say.Date(_date!.Value)} को {Say.Time(_time!.Value)} {_party} लोगों के लिए टेबल, {_name} के नाम से। बुक कर दूँ?",
        $"Confirm kar doon: {Say.Date(_date!.Value)} ko {Say.Time(_time!.Value)} {_party} logon ke liye table, {_name} ke naam se. Book kar doon?");

    private string Booked(string id) => Say.T(
        $"Done! Your table for {_party} is booked on {Say.Date(_date!.Value)} at {Say.Time(_time!.Value)}, under the name {_name}. Your booking reference is {id}. We look forward to seeing you!",
        $"हो गया! {Say.Date(_date!.Value)} को {Say.Time(_time!.Value)} {_party} लोगों के लिए आपकी टेबल {_name} के नाम से बुक है। बुकिंग नंबर {id} है। आपका इंतज़ार रहेगा!",
        $"Ho gaya! {Say.Date(_date!.Value)} ko {Say.Time(_time!.Value)} {_party} logon ke liye aapki table {_name} ke naam se book hai. Booking number {id} hai. Aapka intezaar rahega!");

    private string AnythingElse() => Say.T("Is there anything else I can help you with?", "क्या मैं और कुछ मदद कर सकती हूँ?", "Kya main aur kuch madad kar sakti hoon?");

    private string NoBookingToCancel() => Say.T("I couldn't find an upcoming booking from this number. Could you call from the number you booked with, or shall I connect you to our manager?",
        "इस नंबर से कोई आने वाली बुकिंग नहीं मिली। क्या मैं आपको मैनेजर से जोड़ दूँ?", "Is number se koi upcoming booking nahi mili. Kya main aapko manager se jod doon?");

    private string Cancelled(string id) => Say.T($"Your booking {id} is cancelled. Hope to see you another time!",
        $"आपकी बुकिंग {id} रद्द कर दी गई है। फिर कभी आपका स्वागत है!", $"Aapki booking {id} cancel kar di gayi hai. Phir kabhi aapka swagat hai!");
}
