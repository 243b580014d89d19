using MediaCore.Pipeline.Business;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Tenants.Tests.Dialogs;

/// <summary>Bristol Plumbing at Tuesday 3 March 2026 09:00 London time.</summary>
public class TradesDialogTests
{
    private const string Now = "2026-03-03T09:00";
    private const string Caller = "+447700900456";

    [Fact]
    public void Emergency_is_flagged_owner_notified_and_earliest_slot_booked()
    {
        var notifier = new RecordingOwnerNotifier();
        var services = new BusinessServices { Notifier = notifier };
        var c = new Conversation("bristol-plumbing", Now, services, Caller);
        var first = c.Say("Help, I've got a burst pipe and the kitchen is flooding");
        Assert.Contains("emergency", first.Text);
        Assert.Contains("alerted Dave", first.Text);
        Assert.True(first.State["emergency"]!.GetValue<bool>());
        var notice = Assert.Single(notifier.Notices);
        Assert.Equal(("bristol-plumbing", Caller), (notice.TenantId, notice.Phone));
        Assert.Contains("name", first.Text);

        Assert.Contains($"Is {Caller} the best number", c.Say("John Smith").Text);
        Assert.Contains("address", c.Say("yes").Text);
        var offer = c.Say("12 High Street, Bristol BS1 4DJ");
        Assert.Contains("about 1 hour", offer.Text);
        Assert.Contains("Tuesday, 3 March at 10 AM", offer.Text);
        var booked = c.Say("yes the first one");
        Assert.Contains("booked in for Tuesday, 3 March at 10 AM", booked.Text);
        var a = Assert.Single(services.Calendar.Between("bristol-plumbing", c.Now, c.Now.AddDays(1)));
        Assert.True(a.Emergency);
        Assert.Equal(("repair", "John Smith", "12 High Street, Bristol BS1 4DJ", Caller), (a.ServiceId, a.CustomerName, a.Address, a.Phone));
        Assert.Equal(TimeSpan.FromHours(1), a.End - a.Start);
    }

    [Fact]
    public void Tankless_install_is_booked_for_four_hours_with_a_given_number()
    {
        var c = new Conversation("bristol-plumbing", Now, null, Caller);
        var first = c.Say("I'd like a quote to install a tankless water heater");
        Assert.False(first.State["emergency"]!.GetValue<bool>());
        c.Say("Priya Patel");
        Assert.Contains("address", c.Say("no, use 07700 900789").Text);
        var offer = c.Say("5 Park Row");
        Assert.Contains("about 4 hours", offer.Text);
        c.Say("the first one");
        var a = Assert.Single(c.Services.Calendar.Between("bristol-plumbing", c.Now, c.Now.AddDays(7)));
        Assert.Equal(("tankless-install", TimeSpan.FromHours(4), "07700900789"), (a.ServiceId, a.End - a.Start, a.Phone));
    }

    [Fact]
    public void Owner_asks_about_tomorrow_and_emergencies()
    {
        var services = new BusinessServices();
        var tenant = Conversation.Load("bristol-plumbing");
        var book = new AppointmentBook(tenant, services.Calendar);
        var now = tenant.At(new DateOnly(2026, 3, 3), new TimeOnly(9, 0));
        var repair = tenant.FindService("repair")!;
        Assert.NotNull(book.Book(repair, tenant.At(new DateOnly(2026, 3, 4), new TimeOnly(9, 0)), "Ann", "0111", "3 Elm Road", "Dripping tap", false, null, now));
        Assert.NotNull(book.Book(repair, tenant.At(new DateOnly(2026, 3, 4), new TimeOnly(14, 0)), "Bob", "0222", "8 Oak Lane", "Burst pipe", true, null, now));

        var owner = new Conversation("bristol-plumbing", Now, services, "+447700900123");
        var schedule = owner.Say("What's on my schedule tomorrow?");
        Assert.Equal("You have 2 jobs tomorrow, 1 of them urgent. At 9 AM, Dripping tap at 3 Elm Road for Ann. At 2 PM, emergency, Burst pipe at 8 Oak Lane for Bob.", schedule.Text);
        Assert.Equal("No emergencies this afternoon.", owner.Say("Any emergencies this afternoon?").Text);
        Assert.Equal("Your first job tomorrow is at 9 AM: Dripping tap at 3 Elm Road for Ann.", owner.Say("first appointment tomorrow").Text);
        Assert.Equal("You have nothing booked on Monday.", owner.Say("first appointment Monday").Text);
    }

    [Fact]
    public void Caller_cancels_their_booking_after_being_identified_by_caller_id()
    {
        var services = new BusinessServices();
        var c = new Conversation("bristol-plumbing", Now, services, Caller);
        c.Say("my toilet is blocked");
        c.Say("John");
        c.Say("yes");
        c.Say("1 Mill Lane");
        c.Say("the first one");
        Assert.Single(services.Calendar.Between("bristol-plumbing", c.Now, c.Now.AddDays(7)));

        var again = new Conversation("bristol-plumbing", Now, services, Caller);
        var found = again.Say("I need to cancel my appointment");
        Assert.Contains("is cancelled", found.Text);
        Assert.Empty(services.Calendar.Between("bristol-plumbing", c.Now, c.Now.AddDays(7)));
    }

    [Fact]
    public void Caller_reschedules_to_another_slot()
    {
        var services = new BusinessServices();
        var c = new Conversation("bristol-plumbing", Now, services, Caller);
        foreach (var line in new[] { "my kitchen tap is dripping", "John", "yes", "1 Mill Lane", "the first one" }) c.Say(line);
        var first = Assert.Single(services.Calendar.Between("bristol-plumbing", c.Now, c.Now.AddDays(7)));

        var again = new Conversation("bristol-plumbing", Now, services, Caller);
        var offer = again.Say("Can I reschedule my appointment?");
        Assert.Contains("released", offer.Text);
        again.Say("the second one");
        var moved = Assert.Single(services.Calendar.Between("bristol-plumbing", c.Now, c.Now.AddDays(7)));
        Assert.NotEqual(first.Start, moved.Start);
        Assert.Equal(("John", "1 Mill Lane"), (moved.CustomerName, moved.Address));
    }
}
