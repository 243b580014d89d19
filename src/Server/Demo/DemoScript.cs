using MediaCore.Inference.Abstractions;
using MediaCore.Media.Resampling;

namespace MediaCore.Server.Demo;

/// <summary>The caller's lines: the default restaurant script or a file (one line each), voiced by the caller's TTS.</summary>
public static class DemoScript
{
    /// <summary>Lines the Himalayan Kitchen dialog and the tenant grammar both handle.</summary>
    public static readonly IReadOnlyList<string> DefaultLines =
    [
        "what are your hours",
        "how much is the chicken fried momos",
        "i want to book a table for four tomorrow at eight thirty",
        "my name is asha",
        "yes",
        "thank you goodbye",
    ];

    /// <summary>Non-empty lines of <paramref name="path"/>; "#" starts a comment; a line "&gt; text" is spoken over the bot.</summary>
    public static IReadOnlyList<string> Load(string path) =>
        File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    /// <summary>Synthesises each line at 16 kHz; lines starting with "&gt;" become barge-ins after <paramref name="overBotAfterMs"/>.</summary>
    public static async Task<IReadOnlyList<ScriptLine>> VoiceAsync(IReadOnlyList<string> lines, ITextToSpeech voice, int overBotAfterMs = 1_500)
    {
        var voiced = new List<ScriptLine>();
        foreach (var raw in lines)
        {
            bool overBot = raw.StartsWith('>');
            var text = overBot ? raw[1..].Trim() : raw;
            voiced.Add(new ScriptLine(text, await SpeakAsync(voice, text).ConfigureAwait(false), overBot ? overBotAfterMs : 0));
        }
        return voiced;
    }

    /// <summary>The voice's audio of <paramref name="text"/>, resampled to 16 kHz.</summary>
    public static async Task<short[]> SpeakAsync(ITextToSpeech voice, string text)
    {
        var samples = new List<short>();
        await foreach (var chunk in voice.SynthesizeAsync(text).ConfigureAwait(false))
            samples.AddRange(chunk.Samples.Span.ToArray());
        if (voice.SampleRate == ScriptedCaller.Rate)
            return [.. samples];
        var resampler = new Resampler(voice.SampleRate, ScriptedCaller.Rate);
        var output = new short[resampler.MaxOutputSamples(samples.Count)];
        int written = resampler.Process(samples.ToArray(), output);
        return output[..written];
    }
}
