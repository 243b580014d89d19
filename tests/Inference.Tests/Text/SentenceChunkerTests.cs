using MediaCore.Inference.Text;

namespace MediaCore.Inference.Tests.Text;

public sealed class SentenceChunkerTests
{
    [Fact]
    public void Sentences_split_at_terminal_marks()
    {
        Assert.Equal(["Welcome!", "What would you like?", "We have momos.", "नमस्ते।", "आपका स्वागत है॥", "Bye…"],
            SentenceChunker.Split("Welcome! What would you like? We have momos. नमस्ते। आपका स्वागत है॥ Bye…"));
    }

    [Theory]
    [InlineData("We open at 8.30 tomorrow. Thanks.", "We open at 8.30 tomorrow.")]
    [InlineData("It costs Rs. 220 only. Thanks.", "It costs Rs. 220 only.")]
    [InlineData("It costs ₹1,50,000 in total. Thanks.", "It costs ₹1,50,000 in total.")]
    [InlineData("Dr. Rao and Mr. Shah are here. Thanks.", "Dr. Rao and Mr. Shah are here.")]
    [InlineData("Book by J. K. Rowling is here. Thanks.", "Book by J. K. Rowling is here.")]
    [InlineData("Call at 10:30, please, or later today. Thanks.", "Call at 10:30, please, or later today.")]
    public void Numbers_abbreviations_and_initials_do_not_end_a_sentence(string text, string firstSentence)
    {
        Assert.Equal([firstSentence, "Thanks."], SentenceChunker.Split(text));
    }

    [Fact]
    public void A_clock_suffix_ends_a_sentence_only_before_a_capitalised_word()
    {
        Assert.Equal(["We open at eleven a.m. tomorrow.", "We close at ten p.m.", "See you."],
            SentenceChunker.Split("We open at eleven a.m. tomorrow. We close at ten p.m. See you."));
        Assert.Equal(["Open till ten p.m."], SentenceChunker.Split("Open till ten p.m."));
    }

    [Fact]
    public void A_numbered_list_item_keeps_its_number()
    {
        Assert.Equal(["1. Paneer momos", "2. Veg thukpa"], SentenceChunker.Split("1. Paneer momos\n2. Veg thukpa"));
    }

    [Fact]
    public void Clauses_split_at_commas_only_after_the_minimum_length()
    {
        const string text = "Yes, we have chicken momos and veg momos, both steamed; also thukpa: very good.";
        Assert.Equal(["Yes, we have chicken momos and veg momos,", "both steamed; also thukpa:", "very good."],
            SentenceChunker.Split(text, minClauseLength: 24));
        Assert.Equal(["Yes,", "we have chicken momos and veg momos,", "both steamed;", "also thukpa:", "very good."],
            SentenceChunker.Split(text, minClauseLength: 0));
        Assert.Equal([text], SentenceChunker.Split(text, minClauseLength: int.MaxValue));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        Assert.Equal(["He said \"hello.\"", "(Then he left.)", "Done?!"],
            SentenceChunker.Split("He said \"hello.\" (Then he left.) Done?!"));
    }

    [Fact]
    public void Streamed_tokens_emit_a_sentence_as_soon_as_its_boundary_is_certain()
    {
        var chunker = new SentenceChunker();
        string[] tokens = ["The", " price", " is", " ₹", "220", ".", " We", " open", " at", " 8", ".", "30", ".", " Bye"];
        var emittedAfter = new List<(int Token, string Segment)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            chunker.Append(tokens[i]);
            while (chunker.TryTake(out var segment))
                emittedAfter.Add((i, segment));
        }
        chunker.Complete();
        while (chunker.TryTake(out var last))
            emittedAfter.Add((tokens.Length, last));

        // "220." is released by the space of " We" (token 6); "8." waits and is not a boundary once "30" arrives.
        Assert.Equal([(6, "The price is ₹220."), (13, "We open at 8.30."), (14, "Bye")], emittedAfter);
    }

    [Fact]
    public void Long_runs_without_punctuation_are_cut_at_a_space()
    {
        var words = string.Join(' ', Enumerable.Repeat("momos", 100)); // 599 characters
        var segments = SentenceChunker.Split(words, maxSegmentLength: 100);
        Assert.All(segments, s => Assert.InRange(s.Length, 1, 100));
        Assert.Equal(words, string.Join(' ', segments));
    }

    [Fact]
    public void Complete_releases_the_remainder_and_the_chunker_can_be_reused()
    {
        var chunker = new SentenceChunker();
        chunker.Append("No final mark");
        Assert.False(chunker.TryTake(out _));
        chunker.Complete();
        Assert.True(chunker.TryTake(out var rest));
        Assert.Equal("No final mark", rest);
        chunker.Append("  Again. ");
        Assert.True(chunker.TryTake(out var again));
        Assert.Equal("Again.", again);
    }

    [Fact]
    public void Whitespace_and_empty_input_yield_nothing()
    {
        Assert.Empty(SentenceChunker.Split(""));
        Assert.Empty(SentenceChunker.Split("   \n\n  "));
    }

    [Fact]
    public void Seeded_random_token_boundaries_give_the_same_segments_as_one_piece()
    {
        const string text = "Hello! Chicken momos are ₹220, veg momos Rs. 180. Dr. Rao books a table at 8:30 pm, for six people; " +
                            "call 98765 43210. Total ₹1,50,000… thanks?";
        var expected = SentenceChunker.Split(text, minClauseLength: 10);
        var random = new Random(1234);
        for (var trial = 0; trial < 200; trial++)
        {
            var chunker = new SentenceChunker(minClauseLength: 10);
            var segments = new List<string>();
            for (var position = 0; position < text.Length;)
            {
                var length = Math.Min(random.Next(1, 8), text.Length - position);
                chunker.Append(text.AsSpan(position, length));
                position += length;
                while (chunker.TryTake(out var s))
                    segments.Add(s);
            }
            chunker.Complete();
            while (chunker.TryTake(out var s))
                segments.Add(s);
            Assert.Equal(expected, segments);
        }
    }
}
