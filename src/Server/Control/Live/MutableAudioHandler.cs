using MediaCore.Media.Handlers;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// Wraps a call's audio handler so the control API can mute the agent (a human takes over): while muted the handler
/// hears silence instead of the caller and nothing it says reaches the call. The handler may also arrive late
/// (<see cref="SetInner"/>): an originated call needs its media handler at once, while building its agent takes a
/// moment; until then the call hears silence. The flag and the reference are the only shared state.
/// </summary>
public sealed class MutableAudioHandler : ICallAudioHandler
{
    // One 20 ms frame at 48 kHz stereo is the largest the media plane hands over.
    private readonly short[] _silence = new short[1_920];
    private ICallAudioHandler? _inner;
    private int _muted;

    public MutableAudioHandler(ICallAudioHandler inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        SampleRate = inner.SampleRate;
    }

    /// <summary>A handler to be supplied later, working at <paramref name="sampleRate"/>.</summary>
    public MutableAudioHandler(int sampleRate) => SampleRate = sampleRate;

    public ICallAudioHandler? Inner => Volatile.Read(ref _inner);

    public bool Muted
    {
        get => Volatile.Read(ref _muted) == 1;
        set => Volatile.Write(ref _muted, value ? 1 : 0);
    }

    public int SampleRate { get; }

    public void SetInner(ICallAudioHandler inner)
    {
        if (inner.SampleRate != SampleRate)
            throw new ArgumentException($"the handler works at {inner.SampleRate} Hz, the call at {SampleRate} Hz", nameof(inner));
        Volatile.Write(ref _inner, inner);
    }

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
        var inner = Inner;
        if (inner is null)
            return;
        if (Muted && pcm.Length <= _silence.Length)
            inner.OnInboundFrame(_silence.AsSpan(0, pcm.Length), sampleRate);
        else
            inner.OnInboundFrame(pcm, sampleRate);
    }

    public bool FillOutboundFrame(Span<short> pcm)
    {
        var inner = Inner;
        if (inner is null)
            return false;
        bool audio = inner.FillOutboundFrame(pcm); // keep draining so the agent's timing stays intact
        return audio && !Muted;
    }
}
