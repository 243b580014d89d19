using MediaCore.Media.Handlers;
using MediaCore.Server.Hosting;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Agent;

/// <summary>`mediacore serve`'s handler selector for the voice agent: every inbound call gets its own agent pipeline.</summary>
public sealed class AgentHandlerSelector(AgentCallHandlerFactory agents, string description) : ICallHandlerSelector
{
    public string Description => description;

    public ICallAudioHandler Select(SipCall call) => agents.CreateFor(call);
}
