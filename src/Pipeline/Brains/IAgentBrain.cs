namespace MediaCore.Pipeline.Brains;

/// <summary>
/// The conversational brain of a call. Streams text deltas (spoken as they arrive, sentence by sentence) and tool calls.
/// Implementations never throw for engine failures: they stream a <see cref="BrainFailure"/> and a spoken fallback
/// line, so the call goes on. Cancellation (barge-in) ends the stream with <see cref="OperationCanceledException"/>.
/// </summary>
public interface IAgentBrain
{
    string Name { get; }

    IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request, CancellationToken cancellationToken);
}
