using System.Runtime.CompilerServices;
using System.Text;
using MediaCore.Pipeline.Brains;

namespace MediaCore.Server.Agent;

/// <summary>
/// Wraps a call's brain to report what it was asked (the caller's recognised words) and what it answered, as
/// <see cref="AgentCallEvents"/>; the events pass through unchanged.
/// </summary>
internal sealed class ObservedBrain(IAgentBrain inner, string callId, AgentCallEvents events) : IAgentBrain
{
    public string Name => inner.Name;

    public async IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        events.OnRecognised(callId, request.History.LastOrDefault(m => m.Role == ChatRole.User)?.Content ?? string.Empty);
        var reply = new StringBuilder();
        await foreach (var brainEvent in inner.StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (brainEvent is BrainTextDelta delta)
                reply.Append(delta.Text);
            yield return brainEvent;
        }
        events.OnBotReplied(callId, reply.ToString());
    }
}
