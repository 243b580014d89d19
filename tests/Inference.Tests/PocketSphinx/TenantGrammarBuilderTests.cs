using MediaCore.Inference.PocketSphinx;

namespace MediaCore.Inference.Tests.PocketSphinx;

public sealed class TenantGrammarBuilderTests
{
    [Fact]
    public void PhrasesAreNormalised()
    {
        Assert.Equal("two masala chai please", TenantGrammarBuilder.NormalizePhrase("2 Masala-Chai, please!"));
        Assert.Equal("momos two hundred twenty", TenantGrammarBuilder.NormalizePhrase("Momos ₹220"));
        Assert.Equal("that's right", TenantGrammarBuilder.NormalizePhrase("'That's right'"));
    }

    [Fact]
    public void GrammarHasPublicRootItemsAndGenericSlots()
    {
        var jsgf = new TenantGrammarBuilder(["Paneer Momos", "masala chai"]).Build();
        Assert.StartsWith("#JSGF V1.0;\ngrammar tenant;\n", jsgf);
        Assert.Contains("public <utterance> = ", jsgf);
        Assert.Contains("<item> = paneer momos | masala chai;", jsgf);
        Assert.Contains("<booking> = ", jsgf);
        Assert.Contains("<yes_no> = yes | no", jsgf);
        Assert.Contains("how much", jsgf);
    }

    [Fact]
    public void AlternativesWithUnknownWordsAreDropped()
    {
        var builder = new TenantGrammarBuilder(["paneer momos", "masala chai"]);
        var jsgf = builder.Build(word => word != "momos")!;
        Assert.DoesNotContain("momos", jsgf);
        Assert.Contains("<item> = masala chai;", jsgf);
    }

    [Fact]
    public void RulesLeftEmptyAreRemovedWithEveryReferenceToThem()
    {
        // No item is usable: <item> disappears and so do order / price-question alternatives that use it.
        var jsgf = new TenantGrammarBuilder(["thukpa"]).Build(word => word != "thukpa")!;
        Assert.DoesNotContain("<item>", jsgf);
        Assert.DoesNotContain("<price_question>", jsgf);
        Assert.Contains("<booking>", jsgf);
        foreach (var reference in System.Text.RegularExpressions.Regex.Matches(jsgf, "<([a-z_]+)>").Select(m => m.Groups[1].Value).Distinct())
            Assert.Contains($"<{reference}> = ", jsgf);
    }

    [Fact]
    public void NothingUsableGivesNoGrammar() =>
        Assert.Null(new TenantGrammarBuilder(["paneer"]).Build(_ => false));

    [Fact]
    public void WordsListsEveryGrammarWord()
    {
        var builder = new TenantGrammarBuilder(["veg thukpa"]);
        Assert.Contains("thukpa", builder.Words);
        Assert.Contains("tomorrow", builder.Words);
        Assert.Contains("table", builder.Words);
        Assert.DoesNotContain("<item>", builder.Words);
        Assert.DoesNotContain("|", builder.Words);
    }
}
