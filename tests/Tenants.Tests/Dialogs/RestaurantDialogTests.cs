using MediaCore.Inference.Text;
using MediaCore.Pipeline.Business;
using MediaCore.Pipeline.Dialogs;

namespace MediaCore.Tenants.Tests.Dialogs;

/// <summary>Himalayan Kitchen scenarios, turn by turn, at Tuesday 3 March 2026 19:05 IST (Wednesday 4 March is Holi, closed).</summary>
public class RestaurantDialogTests
{
    private const string Now = "2026-03-03T19:05";
    private const string Caller = "+919811111111";

    private static Reservation Single(Conversation c) => Assert.Single(c.Services.Reservations.ForTenant("himalayan-kitchen"));

    [Fact]
    public void Happy_path_collects_party_date_time_name_confirms_and_stores()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        Assert.Contains("Himalayan Kitchen", c.Greeting.Text);
        Assert.Contains("recorded", c.Greeting.Text);
        Assert.Contains("How many people", c.Say("Hi, I'd like to book a table please").Text);
        Assert.Contains("Which day", c.Say("4 people").Text);
        Assert.Contains("What time", c.Say("Thursday").Text);
        Assert.Contains("What name", c.Say("8 pm").Text);
        var confirm = c.Say("Sharma");
        Assert.Equal("Just to confirm: a table for 4 on Thursday, 5 March at 8 PM, under the name Sharma. Shall I book it?", confirm.Text);
        Assert.Empty(c.Services.Reservations.ForTenant("himalayan-kitchen"));

        var booked = c.Say("Yes please");
        Assert.Contains("booked on Thursday, 5 March at 8 PM", booked.Text);
        Assert.Contains("HK-101", booked.Text);
        Assert.Equal("create_reservation", Assert.Single(booked.ToolCalls).Name);
        Assert.Equal("booked", booked.State["stage"]!.GetValue<string>());
        var r = Single(c);
        Assert.Equal((4, "Sharma", Caller), (r.PartySize, r.Name, r.Phone));
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 20, 0, 0, TimeSpan.FromHours(5.5)), r.Start);
        Assert.Equal(r.Start.AddMinutes(105), r.HeldUntil);
    }

    [Fact]
    public void Monday_is_rejected_with_the_open_days()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("Can I book a table for 2 on Monday at 8 pm?");
        Assert.Contains("closed on Mondays", reply.Text);
        Assert.Contains("Tuesday to Sunday, 11 AM to 10:30 PM", reply.Text);
        Assert.Contains("Which day", reply.Text);
        Assert.Null(reply.State["date"]);
        Assert.Empty(c.Services.Reservations.ForTenant("himalayan-kitchen"));
    }

    [Fact]
    public void Special_closure_is_rejected_with_its_reason()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("table for 2 tomorrow at 8 pm");
        Assert.Contains("closed on Wednesday, 4 March for Holi", reply.Text);
    }

    [Fact]
    public void Nine_am_is_rejected_with_the_hours()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("A table for 2 on Thursday at 9 am");
        Assert.Contains("can't seat you at 9 AM", reply.Text);
        Assert.Contains("11 AM to 10:30 PM", reply.Text);
        Assert.Contains("last table is seated at 9 PM", reply.Text);
        Assert.Null(reply.State["time"]);
        Assert.Contains("What name", c.Say("make it 1 pm").Text);
    }

    [Fact]
    public void Full_slot_offers_nearby_free_times_and_books_the_chosen_one()
    {
        var services = new MediaCore.Pipeline.Tools.BusinessServices();
        var tenant = Conversation.Load("himalayan-kitchen");
        var book = new ReservationBook(tenant, services.Reservations);
        var now = tenant.At(new DateOnly(2026, 3, 3), new TimeOnly(19, 5));
        foreach (var (party, i) in new[] { 6, 6, 6, 6, 6, 6, 4 }.Select((p, i) => (p, i)))
            Assert.True(book.Create(new ReservationRequest(party, new DateOnly(2026, 3, 5), new TimeOnly(20, 0), $"Guest{i}", $"+91900000000{i}"), $"seed{i}", now).Booked);

        var c = new Conversation("himalayan-kitchen", Now, services);
        var full = c.Say("table for 4 on Thursday at 8 pm");
        Assert.Contains("8 PM on Thursday, 5 March is fully booked", full.Text);
        Assert.Contains("I can offer 5:45 PM, 6 PM or 6:15 PM", full.Text);
        Assert.Contains("What name", c.Say("the last one").Text);
        Assert.Contains("at 6:15 PM", c.Say("Verma").Text);
        c.Say("yes");
        var r = services.Reservations.ForTenant("himalayan-kitchen").Single(x => x.Name == "Verma");
        Assert.Equal(new TimeOnly(18, 15), TimeOnly.FromDateTime(r.Start.DateTime));
    }

    [Fact]
    public void Party_size_correction_replaces_the_earlier_value_and_is_confirmed()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var first = c.Say("I want a table for 4 log... actually 6, on Thursday at 7:30 pm");
        Assert.StartsWith("A table for 6.", first.Text);
        Assert.Equal(6, first.State["party_size"]!.GetValue<int>());
        var confirm = c.Say("Sharma");
        Assert.Contains("a table for 6 on Thursday, 5 March at 7:30 PM", confirm.Text);
        c.Say("yes");
        Assert.Equal(6, Single(c).PartySize);
    }

    [Fact]
    public void Time_correction_in_hinglish_is_confirmed_with_the_corrected_time()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("mujhe guruvar ko 2 log ke liye table chahiye, 8 nahi, 8:30 baje");
        Assert.Equal(CallerLanguage.Hinglish, reply.Language);
        Assert.Equal("20:30", reply.State["time"]!.GetValue<string>());
        Assert.Contains("naam", reply.Text);
        var confirm = c.Say("mera naam Rohit hai");
        Assert.Contains("raat 8:30", confirm.Text);
        Assert.Contains("Rohit", confirm.Text);
        Assert.Contains("Ho gaya", c.Say("haan ji").Text);
        Assert.Equal(new TimeOnly(20, 30), TimeOnly.FromDateTime(Single(c).Start.DateTime));
    }

    [Fact]
    public void Switch_from_english_to_hindi_is_followed()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var english = c.Say("I'd like to book a table for 2 on Thursday");
        Assert.Equal(CallerLanguage.English, english.Language);
        Assert.Contains("What time", english.Text);
        var hindi = c.Say("मुझे रात 8 बजे चाहिए");
        Assert.Equal(CallerLanguage.Hindi, hindi.Language);
        Assert.Equal("बुकिंग किस नाम से करूँ?", hindi.Text);
        var confirm = c.Say("मेरा नाम रोहित है");
        Assert.Contains("रोहित", confirm.Text);
        Assert.Contains("गुरुवार, 5 मार्च", confirm.Text);
        Assert.Contains("हो गया", c.Say("जी हाँ").Text);
        Assert.Equal("रोहित", Single(c).Name);
    }

    [Fact]
    public void Menu_price_is_exact_and_speakable()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("how much is the chicken fried momos");
        Assert.Equal("Chicken Fried Momos are ₹240.", reply.Text);
        Assert.Equal("get_menu_item_price", Assert.Single(reply.ToolCalls).Name);
        Assert.Equal("Chicken Fried Momos are two hundred forty rupees.", new SpeechNormalizer("en").Normalize(reply.Text));
        Assert.Equal("Masala Chai is ₹50.", c.Say("and what's the price of masala chai?").Text);
    }

    [Fact]
    public void Vague_dish_lists_the_matching_items_with_prices()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("how much is thukpa");
        Assert.Contains("Veg Thukpa ₹200", reply.Text);
        Assert.Contains("Chicken Thukpa ₹250", reply.Text);
    }

    [Fact]
    public void Catering_gets_a_handoff_offer_then_transfer()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var offer = c.Say("Do you do catering for a wedding?");
        Assert.Contains("manager", offer.Text);
        Assert.Contains("callback", offer.Text);
        Assert.Null(offer.Handoff);
        var transfer = c.Say("yes, transfer me");
        Assert.Equal("handoff", Assert.Single(transfer.ToolCalls).Name);
        Assert.Equal("sip:manager@himalayan-kitchen.example", transfer.Handoff!.Target);
        Assert.Empty(c.Services.Reservations.ForTenant("himalayan-kitchen"));
    }

    [Fact]
    public void Party_of_twenty_goes_to_a_person_and_is_not_booked()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("I need a table for 20 people on Saturday at 8 pm");
        Assert.Contains("group of 20", reply.Text);
        Assert.Contains("up to 10 guests", reply.Text);
        Assert.DoesNotContain(reply.ToolCalls, t => t.Name == "create_reservation");
        var callback = c.Say("please call me back");
        Assert.True(callback.Handoff!.Callback);
        Assert.Single(c.Services.Callbacks.Pending("himalayan-kitchen"));
        Assert.Empty(c.Services.Reservations.ForTenant("himalayan-kitchen"));
    }

    [Fact]
    public void Delivery_question_gets_the_dine_in_answer()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("Do you deliver to Saket?");
        Assert.Contains("dine-in only", reply.Text);
        Assert.Empty(reply.ToolCalls);
    }

    [Fact]
    public void Peak_hours_cap_party_size_and_offer_times_outside_peak()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("table for 8 on Thursday at 8 pm");
        Assert.Contains("up to 6 by phone", reply.Text);
        Assert.Contains("6:30 PM", reply.Text);
        Assert.Contains("9 PM", reply.Text);
    }

    [Fact]
    public void Too_little_notice_is_rejected()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        var reply = c.Say("table for 2 today at 7:15 pm");
        Assert.Contains("at least 30 minutes' notice", reply.Text);
    }

    [Fact]
    public void Unknown_request_twice_offers_a_person()
    {
        var c = new Conversation("himalayan-kitchen", Now);
        Assert.Contains("didn't catch", c.Say("blue elephants").Text);
        Assert.Contains("transfer you to our manager", c.Say("purple monkeys").Text);
    }

    [Fact]
    public void Cancel_finds_the_callers_booking()
    {
        var services = new MediaCore.Pipeline.Tools.BusinessServices();
        var c = new Conversation("himalayan-kitchen", Now, services);
        c.Say("table for 2 on Thursday at 8 pm under Sharma");
        c.Say("yes");
        var again = new Conversation("himalayan-kitchen", Now, services);
        var reply = again.Say("I need to cancel my booking");
        Assert.Contains("HK-101 is cancelled", reply.Text);
        Assert.True(services.Reservations.Find("HK-101")!.Cancelled);
    }
}
