using MediaCore.Pipeline.Brains;

namespace MediaCore.Bench.Pipeline;

/// <summary>
/// The caller's lines and the instant brain that answers them: even lines ask for a story (a long reply), odd lines
/// talk over that reply (a barge-in) and get a short answer; a last even line gets a short answer too, so the call
/// does not end on a long reply nobody interrupts.
/// </summary>
public static class BenchScript
{
    public const string StoryLine = "tell me a story";
    public const string BargeLine = "wait stop please";
    public const string ShortLine = "thank you";

    private const string LongReply =
        "Once upon a time there was a small kitchen by the river. Every morning the cook made bread and tea for the " +
        "whole village, and every evening the children came to hear stories about the mountains far away.";

    public static IReadOnlyList<string> Lines(int turns) =>
        Enumerable.Range(0, turns).Select(i => i % 2 == 1 ? "> " + BargeLine : i + 1 < turns ? StoryLine : ShortLine).ToArray();

    public static IReadOnlyList<string> Phrases => [StoryLine, BargeLine, ShortLine];

    /// <summary>No delay per word: the brain's first token is immediate, so the figures are STT, TTS and media.</summary>
    public static IAgentBrain Brain() =>
        new RuleBrain([new BrainRule("story", LongReply), new BrainRule(".*", "Sure, no problem.")]);
}
