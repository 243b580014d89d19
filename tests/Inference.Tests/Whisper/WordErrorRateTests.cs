using MediaCore.Inference.Evaluation;

namespace MediaCore.Inference.Tests.Whisper;

public sealed class WordErrorRateTests
{
    [Theory]
    [InlineData("ask not what your country", "ask not what your country", 0.0)]
    [InlineData("Ask not, what YOUR country!", "ask not what your country", 0.0)]
    [InlineData("one two three four", "one too three four", 0.25)]      // substitution
    [InlineData("one two three four", "one three four", 0.25)]          // deletion
    [InlineData("one two three four", "one two two three four", 0.25)]  // insertion
    [InlineData("neighbor's house", "neighbors house", 0.0)]           // apostrophes removed
    [InlineData("", "", 0.0)]
    [InlineData("", "noise", 1.0)]
    [InlineData("five five", "", 1.0)]
    public void Computes_word_level_edit_distance_over_reference_words(string reference, string hypothesis, double expected) =>
        Assert.Equal(expected, WordErrorRate.Compute(reference, hypothesis), 6);

    [Fact]
    public void Counts_pool_over_a_corpus() =>
        Assert.Equal((2, 3), WordErrorRate.Count("go forward ten", "go backward"));
}
