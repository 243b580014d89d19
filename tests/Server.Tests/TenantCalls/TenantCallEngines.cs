using MediaCore.Inference.Tts;
using MediaCore.Server.Agent;

namespace MediaCore.Server.Tests.TenantCalls;

/// <summary>The agent's engines (PocketSphinx, Silero, flite slt) and the caller's flite kal16 voice, loaded once for all tenant calls.</summary>
public sealed class TenantCallEngines : IDisposable
{
    public AgentEngines Agent { get; } = AgentEngines.CreateDefault(Path.Combine(TestPaths.SharedDir, "models"));

    public FliteVoice CallerVoice { get; } = new(FliteVoiceId.Kal16);

    public void Dispose()
    {
        CallerVoice.Dispose();
        Agent.Dispose();
    }
}
