using MediaCore.Inference.Abstractions;
using MediaCore.Inference.PocketSphinx;
using MediaCore.Media.Resampling;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;

namespace MediaCore.Server.Tests.StreamsAgent;

/// <summary>
/// Real engines shared by the agent stream tests (PocketSphinx with tenant grammars, flite slt, Silero VAD) and the
/// sample tenants from samples/tenants through a <see cref="TenantRegistry"/>; loaded once for the collection.
/// </summary>
public sealed class AgentStreamFixture : IDisposable
{
    public const string HimalayanKitchenDid = "+911140001234";

    private readonly Lazy<PocketSphinxSpeechToText> _closedSetListener = new(() => new PocketSphinxSpeechToText(options: new PocketSphinxEngineOptions
    {
        // Always the grammar's sentence, never the generic LM's words: a closed-set listener.
        Selection = new GrammarSelectionRule { MaxPhoneDisagreement = 100, MaxPhoneDisagreementCap = 100 },
    }));

    public AgentStreamFixture()
    {
        Engines = AgentEngines.CreateDefault(Path.Combine(TestPaths.SharedDir, "models"));
        Registry = new TenantRegistry(Path.Combine(TestPaths.RepoRoot, "samples", "tenants"), watch: false);
    }

    public AgentEngines Engines { get; }

    public TenantRegistry Registry { get; }

    /// <summary>flite speech of <paramref name="text"/>, resampled to <paramref name="rate"/>, with 200 ms of silence either side.</summary>
    public short[] Speak(string text, int rate)
    {
        var voice = Engines.Voice;
        var samples = new List<short>(new short[voice.SampleRate / 5]);
        var chunks = voice.SynthesizeAsync(text).GetAsyncEnumerator();
        try
        {
            while (chunks.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                samples.AddRange(chunks.Current.Samples.Span);
        }
        finally
        {
            chunks.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        samples.AddRange(new short[voice.SampleRate / 5]);
        return Resample([.. samples], voice.SampleRate, rate);
    }

    /// <summary>What PocketSphinx's language model (no grammar: nothing biases it) hears in <paramref name="pcm"/>.</summary>
    public string Transcribe(short[] pcm, int rate, IReadOnlyList<string>? phrases = null)
    {
        using var session = Engines.SpeechToText.StartSession(new SpeechRecognitionOptions { Language = "en", ExpectedPhrases = phrases ?? [] });
        session.AcceptAudio(Resample(pcm, rate, 16_000));
        return session.Finish().Text;
    }

    /// <summary>
    /// Which of <paramref name="candidates"/> (plus the tenant grammar's generic phrasings) PocketSphinx hears in
    /// <paramref name="pcm"/>: a grammar-only decode, for telephone-band audio where the generic model is too weak
    /// to be a useful judge (see <see cref="AgentProviderCallTests"/>).
    /// </summary>
    public string TranscribeClosedSet(short[] pcm, int rate, IReadOnlyList<string> candidates)
    {
        using var session = _closedSetListener.Value.StartSession(new SpeechRecognitionOptions { Language = "en", ExpectedPhrases = candidates });
        session.AcceptAudio(Resample(pcm, rate, 16_000));
        return session.Finish().Text;
    }

    public static short[] Resample(short[] pcm, int from, int to)
    {
        if (from == to)
            return pcm;
        var resampler = new Resampler(from, to);
        var output = new short[resampler.MaxOutputSamples(pcm.Length)];
        return output[..resampler.Process(pcm, output)];
    }

    public void Dispose()
    {
        Registry.Dispose();
        Engines.Dispose();
        if (_closedSetListener.IsValueCreated)
            _closedSetListener.Value.Dispose();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AgentStreamCollection : ICollectionFixture<AgentStreamFixture>
{
    public const string Name = "Agent streams (real engines)";
}
