using MediaCore.Pipeline.Dialogs;

namespace MediaCore.Tenants.Tests.Dialogs;

public class LenderDialogTests
{
    private const string Now = "2026-03-03T11:00";

    private static (string Text, CallerLanguage Language, bool? Eligible, string? Reason) Run(params string[] answers)
    {
        var c = new Conversation("quickrupee", Now);
        Assert.Contains("Are you a salaried employee?", c.Greeting.Text);
        DialogReply? last = null;
        foreach (var a in answers) last = c.Say(a);
        return (last!.Text, last.Language, last.State["eligible"]?.GetValue<bool>(), last.State["reason"]?.GetValue<string>());
    }

    [Fact]
    public void All_yes_in_english_is_eligible()
    {
        var r = Run("yes", "yes it is", "yes, I live in Mumbai");
        Assert.Equal((true, "all_criteria_met"), (r.Eligible, r.Reason));
        Assert.Contains("you are eligible", r.Text);
    }

    [Fact]
    public void Not_salaried_stops_at_the_first_question()
    {
        var r = Run("No, I run my own business");
        Assert.Equal((false, "not_salaried"), (r.Eligible, r.Reason));
        Assert.Contains("only for salaried", r.Text);
    }

    [Fact]
    public void Salary_below_minimum_gives_the_minimum()
    {
        var r = Run("yes", "I earn 18,000 a month");
        Assert.Equal((false, "salary_below_minimum"), (r.Eligible, r.Reason));
        Assert.Contains("₹25,000", r.Text);
    }

    [Fact]
    public void Stated_salary_at_the_minimum_passes_and_city_not_served_fails()
    {
        var r = Run("yes", "25000", "no, I live in Pune");
        Assert.Equal((false, "city_not_served"), (r.Eligible, r.Reason));
        Assert.Contains("Delhi, Mumbai, Bangalore", r.Text);
    }

    [Fact]
    public void Hinglish_answers_get_hinglish_outcome()
    {
        var r = Run("ji haan", "haan", "haan, Dilli mein rehta hoon");
        Assert.Equal((true, "all_criteria_met"), (r.Eligible, r.Reason));
        Assert.Equal(CallerLanguage.Hinglish, r.Language);
        Assert.Contains("eligible hain", r.Text);
    }

    [Fact]
    public void Hinglish_no_is_understood()
    {
        var r = Run("ji haan", "nahin");
        Assert.Equal((false, "salary_below_minimum"), (r.Eligible, r.Reason));
        Assert.Contains("Maaf kijiye", r.Text);
    }

    [Fact]
    public void Devanagari_answers_get_a_hindi_outcome()
    {
        var r = Run("जी हाँ", "नहीं");
        Assert.Equal(CallerLanguage.Hindi, r.Language);
        Assert.Contains("पात्र नहीं", r.Text);
    }

    [Fact]
    public void Unclear_answer_repeats_the_question()
    {
        var c = new Conversation("quickrupee", Now);
        var reply = c.Say("what?");
        Assert.Contains("yes or no", reply.Text);
        Assert.Null(reply.State["salaried"]);
    }
}
