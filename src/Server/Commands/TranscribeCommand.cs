using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Engines;
using MediaCore.Media.Resampling;
using MediaCore.Media.Wav;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore transcribe FILE.wav [--engine whisper|pocketsphinx] [--language auto|en|hi] [--json]`.
/// Any WAV rate and channel count: the audio is downmixed and resampled to 16 kHz. Without --engine the configured
/// engine is used with fallback; with --engine exactly that engine (an error says what is missing).
/// Exit codes: 0 transcribed, 1 unreadable file or no usable engine.
/// </summary>
public static class TranscribeCommand
{
    private const int RecognitionRate = 16_000;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A WAV file (16-bit PCM or µ-law, any rate, any channels)." };
        var engine = new Option<string>("--engine") { Description = "Use exactly this engine (no fallback)." };
        engine.AcceptOnlyFromAmong("whisper", "pocketsphinx");
        var language = new Option<string>("--language") { Description = "Spoken language.", DefaultValueFactory = _ => "auto" };
        language.AcceptOnlyFromAmong("auto", "en", "hi");
        var json = new Option<bool>("--json") { Description = "Print JSON with engine, language, probability and timings." };
        var config = InferenceCommandOptions.ConfigOption();
        var command = new Command("transcribe", "Transcribe a WAV file with the local speech-to-text engine.");
        command.Arguments.Add(file);
        command.Options.Add(engine);
        command.Options.Add(language);
        command.Options.Add(json);
        command.Options.Add(config);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(engine), parse.GetValue(language) ?? "auto",
            parse.GetValue(json), parse.GetValue(config), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, string? engine, string language, bool json, string? configPath, TextWriter output, TextWriter error)
    {
        if (!TryRead16kMono(file, error, out var pcm, out var duration))
            return InferenceCommandOptions.Failed;
        if (!InferenceCommandOptions.TryLoad(configPath, error, out var options))
            return InferenceCommandOptions.Failed;
        // A file has no tenant: PocketSphinx decodes with its generic language model only.
        options = options with { PocketSphinx = options.PocketSphinx with { UseTenantGrammar = false } };
        if (engine is not null)
            options = options with { Stt = engine == "whisper" ? SttEngine.Whisper : SttEngine.PocketSphinx, AllowFallback = false };
        using var factory = new InferenceEngineFactory(options);
        try
        {
            using var stt = factory.CreateSpeechToText(out var choice);
            if (stt.EngineName == "pocketsphinx" && language == "hi")
            {
                error.WriteLine("error: PocketSphinx recognises English only; install whisper weights (mediacore models fetch --only whisper-base) for Hindi");
                return InferenceCommandOptions.Failed;
            }
            var started = Stopwatch.GetTimestamp();
            using var session = stt.StartSession(new SpeechRecognitionOptions { Language = language });
            session.AcceptAudio(pcm);
            var transcript = session.Finish();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (json)
                output.WriteLine(ToJson(file, transcript, choice, duration, elapsed));
            else
                output.WriteLine(transcript.Text);
            return 0;
        }
        catch (EngineUnavailableException e)
        {
            error.WriteLine($"error: {e.Message}");
            return InferenceCommandOptions.Failed;
        }
    }

    /// <summary>The file as 16 kHz mono PCM16; false after one error line naming the file.</summary>
    private static bool TryRead16kMono(string file, TextWriter error, out short[] pcm, out TimeSpan duration)
    {
        pcm = [];
        duration = TimeSpan.Zero;
        WavAudio audio;
        try
        {
            audio = WavReader.Read(file).ToMono();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or WavFormatException)
        {
            var why = e is WavFormatException wav ? wav.Problem : e.Message;
            error.WriteLine($"error: cannot read WAV file '{file}': {why}");
            return false;
        }
        duration = audio.Duration;
        pcm = Resample(audio.Samples, audio.SampleRate);
        return true;
    }

    private static short[] Resample(short[] samples, int rate)
    {
        if (rate == RecognitionRate)
            return samples;
        var resampler = new Resampler(rate, RecognitionRate);
        var output = new short[resampler.MaxOutputSamples(samples.Length)];
        var written = resampler.Process(samples, output);
        return output[..written];
    }

    private static string ToJson(string file, Transcript transcript, EngineChoice choice, TimeSpan audio, TimeSpan elapsed)
    {
        var document = new Dictionary<string, object?>
        {
            ["file"] = file,
            ["text"] = transcript.Text,
            ["engine"] = transcript.Engine,
            ["engineReason"] = choice.Reason,
            ["language"] = transcript.Language,
            ["languageProbability"] = Round(transcript.LanguageProbability),
            ["confidence"] = Round(transcript.Confidence),
            ["audioSeconds"] = Round(audio.TotalSeconds),
            ["decodeSeconds"] = Round(elapsed.TotalSeconds),
            ["realTimeFactor"] = Round(audio.TotalSeconds > 0 ? elapsed.TotalSeconds / audio.TotalSeconds : 0),
        };
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true });
    }

    // JSON has no NaN: a probability an engine does not report becomes 0.
    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : 0;
}
