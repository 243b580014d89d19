using MediaCore.Pipeline.BargeIn;
using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.Tests.TurnTaking;

public sealed class BargeInArbiterTests
{
    [Fact]
    public void Long_speech_with_substantive_partial_words_interrupts_while_still_speaking()
    {
        var arbiter = new BargeInArbiter();
        arbiter.OnOverlapStarted(1);
        Assert.Equal(BargeInAction.None, arbiter.Update(100, true, 0, UtteranceKind.Unknown, false));
        Assert.Equal(BargeInAction.None, arbiter.Update(300, true, 240, UtteranceKind.Interrupting, false)); // too short to trust
        Assert.Equal(BargeInAction.Interrupt, arbiter.Update(700, true, 640, UtteranceKind.Interrupting, false));
        Assert.Equal(BargeInAction.None, arbiter.Update(720, true, 660, UtteranceKind.Interrupting, false)); // once
    }

    [Fact]
    public void Stop_words_and_questions_interrupt_on_less_speech_than_other_words()
    {
        var arbiter = new BargeInArbiter();
        arbiter.OnOverlapStarted(1);
        Assert.Equal(BargeInAction.None, arbiter.Update(260, true, 240, UtteranceKind.Stop, false)); // just confirmed
        Assert.Equal(BargeInAction.Interrupt, arbiter.Update(340, true, 300, UtteranceKind.Stop, false));

        // Other words ("on", a partial of "haan") still need PartialWordsMinSpeechMs.
        arbiter.OnOverlapStarted(2);
        Assert.Equal(BargeInAction.None, arbiter.Update(440, true, 400, UtteranceKind.Interrupting, false));
        Assert.Equal(BargeInAction.Interrupt, arbiter.Update(640, true, 600, UtteranceKind.Interrupting, false));

        // The threshold is an option.
        var slower = new BargeInArbiter(new BargeInOptions { StopWordsMinSpeechMs = 500 });
        slower.OnOverlapStarted(3);
        Assert.Equal(BargeInAction.None, slower.Update(340, true, 300, UtteranceKind.Stop, false));
        Assert.Equal(BargeInAction.Interrupt, slower.Update(540, true, 500, UtteranceKind.Stop, false));
    }

    [Fact]
    public void A_short_utterance_that_ended_is_still_decided_by_its_final_words_even_after_a_stop_partial()
    {
        var arbiter = new BargeInArbiter();
        arbiter.OnOverlapStarted(4);
        arbiter.OnUtteranceEnded(4, 400);
        Assert.Equal(BargeInAction.None, arbiter.Update(420, true, 0, UtteranceKind.Stop, false));
        Assert.Equal(BargeInAction.Ignore, arbiter.Update(500, true, 0, UtteranceKind.Backchannel, true));
    }

    [Fact]
    public void Short_wait_is_decided_by_its_final_words_after_it_ended()
    {
        var arbiter = new BargeInArbiter();
        arbiter.OnOverlapStarted(2);
        arbiter.OnUtteranceEnded(2, 1_200);
        Assert.Equal(BargeInAction.None, arbiter.Update(1_220, true, 0, UtteranceKind.Unknown, false));
        Assert.Equal(BargeInAction.Interrupt, arbiter.Update(1_400, true, 0, UtteranceKind.Interrupting, true));
    }

    [Fact]
    public void Backchannel_is_ignored_and_so_is_silence_without_a_verdict()
    {
        var arbiter = new BargeInArbiter();
        arbiter.OnOverlapStarted(3);
        Assert.Equal(BargeInAction.None, arbiter.Update(2_000, true, 1_600, UtteranceKind.Backchannel, false)); // long "haaan" is still a backchannel
        arbiter.OnUtteranceEnded(3, 2_100);
        Assert.Equal(BargeInAction.Ignore, arbiter.Update(2_300, true, 0, UtteranceKind.Backchannel, true));

        arbiter.OnOverlapStarted(4);
        arbiter.OnUtteranceEnded(4, 3_000);
        Assert.Equal(BargeInAction.None, arbiter.Update(4_000, true, 0, UtteranceKind.Unknown, false));
        Assert.Equal(BargeInAction.Ignore, arbiter.Update(5_600, true, 0, UtteranceKind.Unknown, false));
    }

    [Fact]
    public void Long_speech_without_words_interrupts_and_vad_only_mode_interrupts_on_confirmation()
    {
        var arbiter = new BargeInArbiter();
        arbiter.OnOverlapStarted(5);
        Assert.Equal(BargeInAction.None, arbiter.Update(980, true, 960, UtteranceKind.Filler, false));
        Assert.Equal(BargeInAction.Interrupt, arbiter.Update(1_020, true, 1_000, UtteranceKind.Unknown, false));

        var vadOnly = new BargeInArbiter(new BargeInOptions { RequireWords = false });
        vadOnly.OnOverlapStarted(6);
        Assert.Equal(BargeInAction.None, vadOnly.Update(100, true, 0, UtteranceKind.Unknown, false));
        Assert.Equal(BargeInAction.Interrupt, vadOnly.Update(260, true, 240, UtteranceKind.Unknown, false));
    }

    [Fact]
    public void Words_that_arrive_after_the_bot_finished_become_a_normal_turn()
    {
        var arbiter = new BargeInArbiter();
        arbiter.OnOverlapStarted(7);
        arbiter.OnUtteranceEnded(7, 1_000);
        Assert.Equal(BargeInAction.Accept, arbiter.Update(1_300, false, 0, UtteranceKind.Interrupting, true));
        arbiter.OnOverlapStarted(8);
        arbiter.OnUtteranceEnded(8, 2_000);
        Assert.Equal(BargeInAction.Ignore, arbiter.Update(2_300, false, 0, UtteranceKind.Backchannel, true));
    }
}
