using MediaCore.Pipeline.Dialogs;
using MediaCore.Pipeline.Dialogs.Understanding;

namespace MediaCore.Tenants.Tests.Dialogs;

public class LanguageTests
{
    [Theory]
    [InlineData("I would like to book a table for four", CallerLanguage.English)]
    [InlineData("mujhe kal 8 baje table book karna hai", CallerLanguage.Hinglish)]
    [InlineData("मुझे कल टेबल चाहिए", CallerLanguage.Hindi)]
    public void Detects_language(string text, CallerLanguage expected)
    {
        var guess = LanguageDetector.Detect(text);
        Assert.Equal(expected, guess.Language);
        Assert.True(guess.Confidence >= 0.7);
    }

    [Fact]
    public void Fillers_say_nothing()
    {
        Assert.Null(LanguageDetector.Detect("umm hello").Language);
        Assert.Null(LanguageDetector.Detect("42").Language);
    }

    [Fact]
    public void A_lone_haan_does_not_flip_an_english_call_but_two_turns_do()
    {
        var tracker = new LanguageTracker(CallerLanguage.English, new HashSet<CallerLanguage> { CallerLanguage.English, CallerLanguage.Hinglish, CallerLanguage.Hindi });
        tracker.Observe("I want to book a table please");
        Assert.Equal(CallerLanguage.English, tracker.Observe("haan"));
        Assert.Equal(CallerLanguage.Hinglish, tracker.Observe("haan"));
    }

    [Fact]
    public void Low_confidence_stays_in_the_default()
    {
        var tracker = new LanguageTracker(CallerLanguage.English, new HashSet<CallerLanguage> { CallerLanguage.English, CallerLanguage.Hinglish });
        Assert.Equal(CallerLanguage.English, tracker.Observe("I want table hai"));
    }

    [Theory]
    [InlineData("4 log... actually 6", 6, null)]
    [InlineData("8 nahi, 8:30", null, "20:30")]
    [InlineData("saadhe aath baje, do log", 2, "20:30")]
    [InlineData("for 5 people at quarter to nine", 5, "20:45")]
    [InlineData("table for 3 at 7.30 pm", 3, "19:30")]
    public void Extracts_slots_with_corrections(string text, int? party, string? time)
    {
        var slots = SlotExtractor.Extract(text, new DateOnly(2026, 3, 3), SlotKind.Time);
        Assert.Equal(party, slots.PartySize);
        Assert.Equal(time, slots.Time?.Resolve(t => t.Hour is >= 11 and < 23).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("next Friday", "2026-03-06")]
    [InlineData("parson", "2026-03-05")]
    [InlineData("on the 14th", "2026-03-14")]
    [InlineData("5 April", "2026-04-05")]
    [InlineData("शनिवार को", "2026-03-07")]
    public void Extracts_dates(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SlotExtractor.Extract(text, new DateOnly(2026, 3, 3)).Date);

    [Theory]
    [InlineData("ji haan", true)]
    [InlineData("nahin", false)]
    [InlineData("जी नहीं", false)]
    [InlineData("yes please", true)]
    [InlineData("maybe", null)]
    public void Yes_no(string text, bool? expected) => Assert.Equal(expected, YesNo.Parse(text));
}
