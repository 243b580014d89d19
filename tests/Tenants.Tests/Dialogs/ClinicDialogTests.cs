namespace MediaCore.Tenants.Tests.Dialogs;

public class ClinicDialogTests
{
    private const string Now = "2026-03-03T10:00";

    [Fact]
    public void Appointment_with_reason_is_booked()
    {
        var c = new Conversation("city-clinic", Now);
        Assert.Contains("reason for your visit", c.Greeting.Text);
        Assert.Contains("name", c.Say("I've had a fever and cough for three days").Text);
        var offer = c.Say("Anita Rao");
        Assert.Contains("The earliest I can offer is Tuesday, 3 March at 10:30 AM", offer.Text);
        var booked = c.Say("the first one");
        Assert.Contains("booked for Tuesday, 3 March at 10:30 AM", booked.Text);
        var a = Assert.Single(c.Services.Calendar.Between("city-clinic", c.Now, c.Now.AddDays(1)));
        Assert.Equal(("consultation", "Anita Rao", 15.0), (a.ServiceId, a.CustomerName, (a.End - a.Start).TotalMinutes));
        Assert.Contains("fever", a.Problem);
    }

    [Fact]
    public void Asked_day_and_time_is_booked_directly_when_free()
    {
        var c = new Conversation("city-clinic", Now);
        c.Say("I need a vaccination");
        c.Say("Ravi");
        var booked = c.Say("Thursday at 5 pm please");
        Assert.Contains("Thursday, 5 March at 5 PM", booked.Text);
        Assert.Equal("vaccination", booked.State["service"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("My father has chest pain")]
    [InlineData("she is having breathing difficulty")]
    [InlineData("there is severe bleeding from a cut")]
    public void Emergency_gets_call_112_at_once(string text)
    {
        var c = new Conversation("city-clinic", Now);
        var reply = c.Say(text);
        Assert.Contains("call 112 right now", reply.Text);
        Assert.True(reply.EndOfCall);
        Assert.Equal("flag_emergency", Assert.Single(reply.ToolCalls).Name);
        Assert.Empty(c.Services.Calendar.Between("city-clinic", c.Now, c.Now.AddDays(30)));
    }

    [Fact]
    public void Hindi_emergency_gets_hindi_advice()
    {
        var c = new Conversation("city-clinic", Now);
        var reply = c.Say("मेरे पिताजी को सीने में दर्द हो रहा है");
        Assert.Contains("112", reply.Text);
        Assert.Contains("तुरंत", reply.Text);
    }
}
