namespace MediaCore.Pipeline.Audio;

/// <summary>
/// The caller's recent audio (16 kHz) in a preallocated ring: the tick thread appends every frame, the STT worker
/// copies out the span of an utterance by absolute sample position. Single writer, single reader; a reader that falls
/// more than the capacity behind gets only what is still there.
/// </summary>
public sealed class UtteranceRing
{
    private readonly short[] _samples;
    private long _written;

    public UtteranceRing(int capacitySamples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacitySamples, 1);
        _samples = new short[capacitySamples];
    }

    public int Capacity => _samples.Length;

    /// <summary>Absolute position of the next sample to be written.</summary>
    public long Position => Volatile.Read(ref _written);

    /// <summary>Tick thread: appends one frame. Allocates nothing.</summary>
    public void Append(ReadOnlySpan<short> pcm)
    {
        long position = _written;
        while (!pcm.IsEmpty)
        {
            int offset = (int)(position % _samples.Length);
            int count = Math.Min(pcm.Length, _samples.Length - offset);
            pcm[..count].CopyTo(_samples.AsSpan(offset, count));
            pcm = pcm[count..];
            position += count;
        }
        Volatile.Write(ref _written, position);
    }

    /// <summary>Copies samples [from, to) into <paramref name="destination"/>; returns the count copied (older samples
    /// already overwritten are skipped).</summary>
    public int CopyTo(long from, long to, Span<short> destination)
    {
        long written = Position;
        to = Math.Min(to, written);
        from = Math.Max(from, Math.Max(0, written - _samples.Length));
        int total = (int)Math.Clamp(to - from, 0, destination.Length);
        int copied = 0;
        while (copied < total)
        {
            int offset = (int)((from + copied) % _samples.Length);
            int count = Math.Min(total - copied, _samples.Length - offset);
            _samples.AsSpan(offset, count).CopyTo(destination[copied..]);
            copied += count;
        }
        return copied;
    }
}
