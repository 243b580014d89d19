using MediaCore.Server.Hosting;

namespace MediaCore.Server.Tests;

/// <summary>The default handler of `serve`: a spoken prompt from the in-process flite voice.</summary>
public sealed class BuiltInPromptTests
{
    [Fact]
    public async Task Prompt_IsSeconds_OfAudibleSpeech()
    {
        var prompt = await BuiltInPrompt.SynthesizeAsync();
        Assert.InRange(prompt.Duration.TotalSeconds, 1.5, 6);
        double rms = Math.Sqrt(prompt.Samples.Average(s => (double)s * s));
        Assert.True(rms > 500, $"rms {rms:0}");
        var selector = new PromptHandlerSelector(prompt, "test");
        Assert.Equal(prompt.Samples.Length, selector.Prompt.Samples.Length);
    }
}
