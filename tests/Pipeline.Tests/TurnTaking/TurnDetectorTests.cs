using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.Tests.TurnTaking;

public sealed class TurnDetectorTests
{
    // Runs a VAD script ("S" = 20 ms of speech, "." = 20 ms of silence) and returns (event, time) pairs.
    private static List<(TurnEvent Event, long Ms)> Run(TurnDetector detector, string script, int endSilenceMs)
    {
        var events = new List<(TurnEvent, long)>();
        long now = 0;
        foreach (var c in script)
        {
            now += 20;
            var e = detector.Update(c == 'S' ? 0.9f : 0.05f, now, 20, endSilenceMs);
            if (e != TurnEvent.None)
                events.Add((e, now));
        }
        return events;
    }

    [Fact]
    public void Speech_then_base_silence_ends_the_turn_exactly_at_the_threshold()
    {
        var events = Run(new TurnDetector(), new string('S', 25) + new string('.', 40), 700);
        Assert.Equal([TurnEvent.SpeechStarted, TurnEvent.SpeechConfirmed, TurnEvent.TurnEnded], events.Select(e => e.Event));
        Assert.Equal(20, events[0].Ms);
        Assert.Equal(240, events[1].Ms);           // 12 frames of speech confirm it
        Assert.Equal(500 + 700, events[2].Ms);      // last speech at 500 ms, 700 ms of silence
    }

    [Fact]
    public void A_short_pause_inside_the_turn_does_not_end_it()
    {
        var events = Run(new TurnDetector(), new string('S', 20) + new string('.', 25) + new string('S', 20) + new string('.', 40), 700);
        Assert.Single(events, e => e.Event == TurnEvent.TurnEnded);
    }

    [Fact]
    public void A_click_is_discarded_not_a_turn()
    {
        var events = Run(new TurnDetector(), "SSS" + new string('.', 30), 700);
        Assert.Equal([TurnEvent.SpeechStarted, TurnEvent.SpeechDiscarded], events.Select(e => e.Event));
    }

    [Fact]
    public void Longer_thresholds_apply_after_a_question_a_filler_and_while_dictating_numbers()
    {
        var policy = new EndOfTurnPolicy();
        Assert.Equal(700, policy.SilenceMs(TurnHints.None));
        Assert.Equal(1000, policy.SilenceMs(TurnHints.BotAskedQuestion));
        Assert.Equal(1400, policy.SilenceMs(TurnHints.EndsWithFiller | TurnHints.BotAskedQuestion));
        Assert.Equal(1600, policy.SilenceMs(EndOfTurnPolicy.HintsFromPartial("my number is nine eight seven")));
        Assert.Equal(TurnHints.EndsWithFiller, EndOfTurnPolicy.HintsFromPartial("I want the um"));
        Assert.Equal(TurnHints.EndsWithFiller, EndOfTurnPolicy.HintsFromPartial("haan woh ek minute"));
        Assert.Equal(TurnHints.None, EndOfTurnPolicy.HintsFromPartial("book a table please"));

        // The same pause ends the turn with no hint but not while digits are being read out.
        var script = new string('S', 20) + new string('.', 50) + new string('S', 20) + new string('.', 90);
        Assert.Equal(2, Run(new TurnDetector(), script, policy.SilenceMs(TurnHints.None)).Count(e => e.Event == TurnEvent.TurnEnded));
        Assert.Single(Run(new TurnDetector(), script, policy.SilenceMs(TurnHints.DictatingNumbers)), e => e.Event == TurnEvent.TurnEnded);
    }

    [Theory]
    [InlineData("haan", UtteranceKind.Backchannel)]
    [InlineData("okay", UtteranceKind.Backchannel)]
    [InlineData("hmm achha", UtteranceKind.Backchannel)]
    [InlineData("right", UtteranceKind.Backchannel)]
    [InlineData("um", UtteranceKind.Filler)]
    [InlineData("wait", UtteranceKind.Stop)]
    [InlineData("ruko", UtteranceKind.Stop)]
    [InlineData("stop", UtteranceKind.Stop)]
    [InlineData("hold on", UtteranceKind.Stop)]
    [InlineData("excuse me", UtteranceKind.Stop)]
    [InlineData("where it", UtteranceKind.Stop)] // flite kal's "wait" in a PocketSphinx partial
    [InlineData("okay what time", UtteranceKind.Stop)]
    [InlineData("achha kya hai", UtteranceKind.Stop)]
    [InlineData("open at ten?", UtteranceKind.Stop)]
    [InlineData("how", UtteranceKind.Interrupting)] // a partial of "haan" decodes as it: not trusted early
    [InlineData("on", UtteranceKind.Interrupting)]
    [InlineData("haan but I want paneer", UtteranceKind.Interrupting)]
    [InlineData("", UtteranceKind.Empty)]
    public void Backchannels_do_not_interrupt_other_words_do(string words, UtteranceKind expected) =>
        Assert.Equal(expected, UtteranceClassifier.Classify(words));
}
