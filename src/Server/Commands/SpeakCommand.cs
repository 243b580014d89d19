using System.CommandLine;
using MediaCore.Inference.Engines;
using MediaCore.Inference.Text;
using MediaCore.Media.Wav;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore speak "TEXT" --out FILE.wav [--voice NAME] [--language en|hi]`: normalises the text for speech
/// (prices, times, numbers), synthesises it with the configured or named voice (falling back like the server does)
/// and writes a mono PCM16 WAV at the voice's rate. Exit codes: 0 written, 1 no usable voice or unwritable file.
/// </summary>
public static class SpeakCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "What to say." };
        var output = new Option<string>("--out") { Description = "The WAV file to write.", Required = true };
        var voice = new Option<string>("--voice") { Description = "Voice name: piper:en_US-joe-medium, flite:slt, espeak-ng:hi, …" };
        var language = new Option<string>("--language") { Description = "Language of the text.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "hi");
        var config = InferenceCommandOptions.ConfigOption();
        var command = new Command("speak", "Synthesise speech to a WAV file with the local text-to-speech engine.");
        command.Arguments.Add(text);
        command.Options.Add(output);
        command.Options.Add(voice);
        command.Options.Add(language);
        command.Options.Add(config);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(text)!, parse.GetValue(output)!, parse.GetValue(voice),
            parse.GetValue(language) ?? "en", parse.GetValue(config), parse.InvocationConfiguration, ct));
        return command;
    }

    private static async Task<int> RunAsync(string text, string outPath, string? voiceName, string language, string? configPath,
        InvocationConfiguration console, CancellationToken ct)
    {
        var (output, error) = (console.Output, console.Error);
        if (voiceName is not null && !VoiceSpec.TryParse(voiceName, out _, out var badVoice))
        {
            error.WriteLine($"error: {badVoice}");
            return InferenceCommandOptions.Failed;
        }
        if (!InferenceCommandOptions.TryLoad(configPath, error, out var options))
            return InferenceCommandOptions.Failed;
        using var factory = new InferenceEngineFactory(options);
        try
        {
            using var tts = factory.CreateTextToSpeech(language, out var choice, voiceName);
            if (choice.IsFallback)
                error.WriteLine($"note: {choice.Reason}");
            var samples = new List<short>();
            await foreach (var chunk in tts.SynthesizeAsync(Normalize(text, language), ct).ConfigureAwait(false))
                samples.AddRange(chunk.Samples.Span);
            var audio = new WavAudio(tts.SampleRate, 1, [.. samples]);
            WavWriter.Write(outPath, audio);
            output.WriteLine($"wrote {outPath}: {audio.Duration.TotalSeconds:0.00} s at {tts.SampleRate} Hz, voice {tts.VoiceName}");
            return 0;
        }
        catch (EngineUnavailableException e)
        {
            error.WriteLine($"error: {e.Message}");
            return InferenceCommandOptions.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write '{outPath}': {e.Message}");
            return InferenceCommandOptions.Failed;
        }
    }

    /// <summary>English rules for "en"; romanised-Hindi rules for Latin-script Hindi; Devanagari is left to espeak-ng.</summary>
    private static string Normalize(string text, string language)
    {
        if (language == "en")
            return new SpeechNormalizer("en").Normalize(text);
        return text.Any(c => c is >= '\u0900' and <= '\u097F') ? text : new SpeechNormalizer("hi-Latn").Normalize(text);
    }
}
