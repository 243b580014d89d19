using MediaCore.Inference.Tts;
using MediaCore.Media.Wav;

namespace MediaCore.Server.Hosting;

/// <summary>The default test prompt of `mediacore serve`, synthesised once at startup with the in-process flite voice.</summary>
public static class BuiltInPrompt
{
    public const string Text = "Welcome to MediaCore. This is a test call.";

    public static async Task<WavAudio> SynthesizeAsync(CancellationToken cancellationToken = default)
    {
        using var voice = new FliteVoice();
        var samples = new List<short>();
        await foreach (var chunk in voice.SynthesizeAsync(Text, cancellationToken).ConfigureAwait(false))
            samples.AddRange(chunk.Samples.Span);
        return new WavAudio(voice.SampleRate, 1, [.. samples]);
    }
}
