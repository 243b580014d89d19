using MediaCore.Bench.Load.Rtp;
using MediaCore.Bench.Load.Sip;

namespace MediaCore.Bench.Load.Calls;

/// <summary>Everything observed on one call, raw (Stopwatch timestamps); <see cref="Analysis.CallAnalyzer"/> turns it into figures.</summary>
public sealed record CallRecord
{
    public required int Index { get; init; }
    public required string CallId { get; init; }
    public required long InviteTimestamp { get; init; }
    public InviteOutcome? Invite { get; init; }
    public int ByeStatus { get; init; }
    public bool RemoteHungUp { get; init; }
    public string? Failure { get; init; }

    /// <summary>When each caller frame was sent (0 = not sent); empty when media never started.</summary>
    public IReadOnlyList<long> FrameSendTimestamps { get; init; } = [];
    public IReadOnlyList<ReceivedPacket> Received { get; init; } = [];
    public int SpeechFrames { get; init; }

    /// <summary>The caller's last audible speech frame (end of speech); −1 when none.</summary>
    public int LastVoicedFrame { get; init; } = -1;
    public IReadOnlyList<int> TalkOverFrames { get; init; } = [];

    /// <summary>Every caller utterance (the agent scenario has several per call; response latency is measured per turn).</summary>
    public IReadOnlyList<CallerTurn> Turns { get; init; } = [];
    public long SendErrors { get; init; }

    public bool Failed => Failure is not null;
}
