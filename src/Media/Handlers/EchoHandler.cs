using MediaCore.Media.Frames;

namespace MediaCore.Media.Handlers;

/// <summary>
/// Sends back what it hears, <see cref="DelayFrames"/> frames later, through a preallocated ring of frames. Frames
/// that were silence (before the first inbound audio) are reported as "no audio", so the echo starts cleanly.
/// </summary>
public sealed class EchoHandler : ICallAudioHandler
{
    private readonly short[] _ring;
    private readonly bool[] _filled;
    private readonly int _frameSamples;
    private long _written;
    private long _read;

    public EchoHandler(int sampleRate = SampleRates.Wideband, int delayFrames = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(delayFrames);
        SampleRate = sampleRate;
        DelayFrames = delayFrames;
        _frameSamples = AudioFrame.SamplesPerFrame(sampleRate);
        int slots = delayFrames + 2;
        _ring = new short[slots * _frameSamples];
        _filled = new bool[slots];
    }

    public int SampleRate { get; }

    public int DelayFrames { get; }

    /// <summary>Inbound frames heard so far.</summary>
    public long FramesHeard => Volatile.Read(ref _written);

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
        int slot = (int)(_written % _filled.Length);
        var destination = _ring.AsSpan(slot * _frameSamples, _frameSamples);
        int count = Math.Min(pcm.Length, _frameSamples);
        pcm[..count].CopyTo(destination);
        destination[count..].Clear();
        _filled[slot] = HasSignal(pcm);
        Volatile.Write(ref _written, _written + 1);
        // Keep the read position exactly DelayFrames behind even if ticks call us unevenly.
        if (_written - _read > DelayFrames + 1)
            _read = _written - DelayFrames - 1;
    }

    public bool FillOutboundFrame(Span<short> pcm)
    {
        if (_written - _read <= DelayFrames)
            return false;
        int slot = (int)(_read % _filled.Length);
        _read++;
        _ring.AsSpan(slot * _frameSamples, _frameSamples).CopyTo(pcm);
        return _filled[slot];
    }

    private static bool HasSignal(ReadOnlySpan<short> pcm)
    {
        foreach (var sample in pcm)
            if (sample != 0)
                return true;
        return false;
    }
}
