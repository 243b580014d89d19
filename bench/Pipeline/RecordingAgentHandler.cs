using System.Diagnostics;
using MediaCore.Media.Handlers;

namespace MediaCore.Bench.Pipeline;

/// <summary>
/// Wraps the server's agent handler to log, per outbound tick, the Stopwatch timestamp and whether the bot had audio:
/// the RTP session encodes and sends that frame right after, in the same tick, so a true frame's timestamp is when
/// its RTP packet goes out. Preallocated arrays: nothing allocates on the tick.
/// </summary>
public sealed class RecordingAgentHandler : ICallAudioHandler
{
    private readonly ICallAudioHandler _inner;
    private readonly long[] _timestamps;
    private readonly bool[] _audio;
    private int _frames;

    public RecordingAgentHandler(ICallAudioHandler inner, int maxSeconds)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _timestamps = new long[maxSeconds * 50];
        _audio = new bool[maxSeconds * 50];
    }

    public int SampleRate => _inner.SampleRate;

    public int FrameCount => Volatile.Read(ref _frames);

    /// <summary>Outbound tick <paramref name="index"/>: its timestamp and whether bot audio went out.</summary>
    public (long Timestamp, bool Audio) Frame(int index) => (_timestamps[index], _audio[index]);

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate) => _inner.OnInboundFrame(pcm, sampleRate);

    public bool FillOutboundFrame(Span<short> pcm)
    {
        bool audio = _inner.FillOutboundFrame(pcm);
        int frame = _frames;
        if (frame < _timestamps.Length)
        {
            _timestamps[frame] = Stopwatch.GetTimestamp();
            _audio[frame] = audio;
            Volatile.Write(ref _frames, frame + 1);
        }
        return audio;
    }
}
