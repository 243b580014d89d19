using MediaCore.Media.Frames;

namespace MediaCore.Pipeline.Speech;

/// <summary>
/// Bot audio waiting to be played: a preallocated ring of 20 ms frames at the call rate, each tagged with its
/// generation, turn and sentence. The TTS worker writes whole frames; the tick thread reads one per tick. Frames of an
/// older generation are skipped by the reader, so a barge-in (generation bump + <see cref="Flush"/> on the tick) is
/// final even if the writer was mid-frame. Single writer, single reader.
/// </summary>
public sealed class PlayoutBuffer
{
    private readonly short[] _samples;
    private readonly PlayoutTag[] _tags;
    private readonly int _frameSamples;
    private readonly SemaphoreSlim _space = new(0);
    private long _written;
    private long _read;
    private int _writerWaiting;

    public PlayoutBuffer(int sampleRate, int capacityFrames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityFrames, 2);
        _frameSamples = AudioFrame.SamplesPerFrame(sampleRate);
        _samples = new short[capacityFrames * _frameSamples];
        _tags = new PlayoutTag[capacityFrames];
        SampleRate = sampleRate;
    }

    public int SampleRate { get; }

    public int FrameSamples => _frameSamples;

    public int CapacityFrames => _tags.Length;

    /// <summary>Frames queued and not yet played.</summary>
    public int QueuedFrames => (int)(Volatile.Read(ref _written) - Volatile.Read(ref _read));

    /// <summary>Writer: waits for room for one frame (only when the ring is full: TTS runs ahead of real time).</summary>
    public async ValueTask WaitForRoomAsync(CancellationToken cancellationToken)
    {
        while (QueuedFrames >= _tags.Length)
        {
            Volatile.Write(ref _writerWaiting, 1);
            if (QueuedFrames < _tags.Length)
                break;
            await _space.WaitAsync(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
        Volatile.Write(ref _writerWaiting, 0);
    }

    /// <summary>Writer: publishes one frame (<paramref name="pcm"/> shorter than a frame is padded with silence).
    /// Returns false when the ring is full (call <see cref="WaitForRoomAsync"/> first).</summary>
    public bool TryWrite(ReadOnlySpan<short> pcm, PlayoutTag tag)
    {
        long written = _written;
        if (written - Volatile.Read(ref _read) >= _tags.Length)
            return false;
        int slot = (int)(written % _tags.Length);
        var destination = _samples.AsSpan(slot * _frameSamples, _frameSamples);
        int count = Math.Min(pcm.Length, _frameSamples);
        pcm[..count].CopyTo(destination);
        destination[count..].Clear();
        _tags[slot] = tag;
        Volatile.Write(ref _written, written + 1);
        return true;
    }

    /// <summary>Tick thread: the next frame of <paramref name="generation"/> (older frames are dropped). Allocates nothing.</summary>
    public bool TryRead(int generation, Span<short> destination, out PlayoutTag tag)
    {
        long read = _read;
        long written = Volatile.Read(ref _written);
        while (read < written)
        {
            int slot = (int)(read % _tags.Length);
            tag = _tags[slot];
            read++;
            if (tag.Generation != generation)
                continue;
            _samples.AsSpan(slot * _frameSamples, _frameSamples).CopyTo(destination);
            Publish(read);
            return true;
        }
        Publish(read);
        tag = default;
        return false;
    }

    /// <summary>Tick thread: drops everything queued (barge-in). Frames written after this are judged by generation.</summary>
    public void Flush() => Publish(Volatile.Read(ref _written));

    private void Publish(long read)
    {
        if (read == _read)
            return;
        Volatile.Write(ref _read, read);
        if (Volatile.Read(ref _writerWaiting) == 1 && _space.CurrentCount == 0)
            _space.Release();
    }
}
