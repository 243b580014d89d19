using MediaCore.Inference.Abstractions;
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
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AgentStreamCollection : ICollectionFixture<AgentStreamFixture>
{
    public const string Name = "Agent streams (real engines)";
}
