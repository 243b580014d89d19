using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Rtp;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Bench.Load.Audio;

/// <summary>
/// What one caller sends, frame by frame, and what it reacts to. A fixed <see cref="CallerScript"/> ignores the bot;
/// the agent scenario's <see cref="Agent.TurnTakingCaller"/> waits for the bot to finish (or talks over it). Called on
/// the caller tick thread (<see cref="TryGetFrame"/>) and the receive loop (<see cref="OnPacket"/>): implementations
/// keep the two apart with volatile fields, and neither path allocates.
/// </summary>
public interface ICallerAudio
{
    G711Law Law { get; }

    /// <summary>The most frames this caller can send (sizes the per-frame send log).</summary>
    int MaxFrames { get; }

    /// <summary>The payload for frame <paramref name="frame"/> (0 = first of the call); false when the caller is done.</summary>
    bool TryGetFrame(int frame, long now, out ReadOnlySpan<byte> payload);

    /// <summary>Every RTP packet from the target, as it arrives.</summary>
    void OnPacket(in ReceivedPacket packet);

    /// <summary>The caller's utterances (frames, end of speech, talk-over), complete once the call ended.</summary>
    IReadOnlyList<CallerTurn> Turns { get; }
}
