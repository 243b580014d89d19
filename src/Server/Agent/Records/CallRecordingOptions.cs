using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Agent.Records;

/// <summary>
/// Turns on call records for an <see cref="AgentCallHandlerFactory"/>: where to write (<see cref="Store"/>) and how
/// callers are identified without keeping their number (<see cref="Hasher"/>, keyed by the deployment pepper).
/// </summary>
public sealed record CallRecordingOptions(ICallRecordStore Store, CallerHasher Hasher)
{
    /// <summary>The tenant id used when the agent has no tenant config and the SIP call names none.</summary>
    public string DefaultTenant { get; init; } = "default";

    /// <summary>Wall-clock time for turn timestamps (not the dialog's pinned clock).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Called after each turn is committed: (call id, turn). The demo's crash point hangs off this.</summary>
    public Action<string, CallTurn>? TurnStored { get; init; }
}
