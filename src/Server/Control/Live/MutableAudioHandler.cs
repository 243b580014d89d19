using MediaCore.Media.Handlers;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// Wraps a call's audio handler so the control API can mute the agent (a human takes over): while muted the handler
/// hears silence instead of the caller and nothing it says reaches the call. The flag is the only shared state.
/// </summary>
public sealed class MutableAudioHandler(ICallAudioHandler inner) : ICallAudioHandler
{
    // One 20 ms frame at 48 kHz stereo is the largest the media plane hands over.
    private readonly short[] _silence = new short[1_920];
    private int _muted;

    public ICallAudioHandler Inner => inner;

    public bool Muted
    {
        get => Volatile.Read(ref _muted) == 1;
        set => Volatile.Write(ref _muted, value ? 1 : 0);
    }

    public int SampleRate => inner.SampleRate;

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
        if (Muted && pcm.Length <= _silence.Length)
            inner.OnInboundFrame(_silence.AsSpan(0, pcm.Length), sampleRate);
        else
            inner.OnInboundFrame(pcm, sampleRate);
    }

    public bool FillOutboundFrame(Span<short> pcm)
    {
        bool audio = inner.FillOutboundFrame(pcm); // keep draining so the agent's timing stays intact
        return audio && !Muted;
    }
}
