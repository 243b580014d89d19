using MediaCore.Pipeline.BargeIn;

namespace MediaCore.Pipeline.Tests.TurnTaking;

public sealed class FalseInterruptionTests
{
    private static readonly BargeInOptions Resuming = new() { ResumeAfterFalseInterruption = true, FalseInterruptionWindowMs = 2_000 };

    [Theory]
    [InlineData("")]
    [InlineData("haan")]
    [InlineData("hmm okay")]
    [InlineData("um")]
    public void A_short_turn_without_words_to_answer_is_false(string words) =>
        Assert.True(FalseInterruption.IsFalse(words, TimeSpan.FromMilliseconds(900), Resuming));

    [Theory]
    [InlineData("wait")]
    [InlineData("ruko")]
    [InlineData("what time do you close?")]
    [InlineData("haan but I want paneer")]
    public void Words_to_answer_make_it_a_real_interruption(string words) =>
        Assert.False(FalseInterruption.IsFalse(words, TimeSpan.FromMilliseconds(900), Resuming));

    [Fact]
    public void A_long_turn_is_real_even_without_words() =>
        Assert.False(FalseInterruption.IsFalse(string.Empty, TimeSpan.FromMilliseconds(2_500), Resuming));

    [Fact]
    public void Without_the_option_nothing_resumes() =>
        Assert.False(FalseInterruption.IsFalse("haan", TimeSpan.FromMilliseconds(500), new BargeInOptions()));
}
