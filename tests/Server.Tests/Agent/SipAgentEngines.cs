using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Tts;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;

namespace MediaCore.Server.Tests.Agent;

/// <summary>
/// Engines shared by the real-SIP agent calls (PocketSphinx with grammars, flite slt, Silero VAD), the caller's voice
/// (flite kal: a different voice from the bot's), and PocketSphinx's unbiased language model to judge what the caller
/// heard. Loaded once; the collection runs alone because its calls are real time.
/// </summary>
public sealed class SipAgentEngines : IDisposable
{
    public AgentEngines Engines { get; } = AgentEngines.CreateDefault(Path.Combine(TestPaths.SharedDir, "models"));

    public FliteVoice CallerVoice { get; } = new(FliteVoiceId.Kal16);

    /// <summary>The Himalayan Kitchen sample tenant with a one-line greeting (a long greeting only makes calls slower).</summary>
    public TenantConfig ShortGreetingTenant { get; } =
        TenantLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "samples", "tenants", "himalayan-kitchen.yaml")) with
        {
            Greetings = new Dictionary<string, Greeting> { ["en"] = new("Hello, Himalayan Kitchen.", string.Empty) },
        };

    /// <summary>What the language model (no grammar, nothing biases it) hears in 16 kHz <paramref name="pcm"/>.</summary>
    public string Transcribe(ReadOnlySpan<short> pcm)
    {
        using var session = Engines.SpeechToText.StartSession(new SpeechRecognitionOptions { Language = "en", ExpectedPhrases = [] });
        session.AcceptAudio(pcm);
        return session.Finish().Text;
    }

    public void Dispose()
    {
        CallerVoice.Dispose();
        Engines.Dispose();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SipAgentCollection : ICollectionFixture<SipAgentEngines>
{
    public const string Name = "SIP agent calls";
}
