using MediaCore.Inference.PocketSphinx;
using MediaCore.Inference.Tts;
using MediaCore.Inference.Vad;

namespace MediaCore.Pipeline.Tests.Calls;

/// <summary>Real engines shared by the call tests: PocketSphinx (slow to load), flite slt, the Silero model.</summary>
public sealed class PipelineEngines : IDisposable
{
    public PipelineEngines()
    {
        // Load a grammar decoder and a language-model decoder into the engine's pools up front (a second each).
        Transcribe(new short[1_600], ["warm up"]);
    }

    public PocketSphinxSpeechToText Stt { get; } = new();

    public FliteVoice Voice { get; } = new(FliteVoiceId.Slt);

    public SileroVadModel Silero { get; } = SileroVadModel.Load(TestPaths.SileroModel());

    /// <summary>flite speech of <paramref name="text"/> at 16 kHz (the slt voice's native rate).</summary>
    public short[] Speak(string text)
    {
        var samples = new List<short>();
        var enumerator = Voice.SynthesizeAsync(text).GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                samples.AddRange(enumerator.Current.Samples.Span.ToArray());
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return [.. samples];
    }

    /// <summary>What PocketSphinx hears in <paramref name="audio"/> (16 kHz), biased to <paramref name="phrases"/>.</summary>
    public string Transcribe(short[] audio, IReadOnlyList<string> phrases)
    {
        using var session = Stt.StartSession(new() { Language = "en", ExpectedPhrases = phrases });
        session.AcceptAudio(audio);
        return session.Finish().Text;
    }

    public void Dispose()
    {
        Stt.Dispose();
        Silero.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PipelineEnginesCollection : ICollectionFixture<PipelineEngines>
{
    public const string Name = "Pipeline engines";
}
