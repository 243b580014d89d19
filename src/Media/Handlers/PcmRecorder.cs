using MediaCore.Media.Wav;

namespace MediaCore.Media.Handlers;

/// <summary>
/// Records PCM frames into a buffer preallocated for <c>maxDuration</c> (appending allocates nothing; audio past the
/// end is dropped and counted). Written by one thread; snapshot with <see cref="ToWavAudio"/> after the call.
/// </summary>
public sealed class PcmRecorder
{
    private readonly short[] _samples;
    private int _length;

    public PcmRecorder(int sampleRate, TimeSpan maxDuration)
    {
        SampleRate = sampleRate;
        _samples = new short[(int)(sampleRate * maxDuration.TotalSeconds)];
    }

    public int SampleRate { get; }

    public int Length => Volatile.Read(ref _length);

    public long DroppedSamples { get; private set; }

    public void Append(ReadOnlySpan<short> pcm)
    {
        int room = _samples.Length - _length;
        int count = Math.Min(room, pcm.Length);
        pcm[..count].CopyTo(_samples.AsSpan(_length));
        DroppedSamples += pcm.Length - count;
        Volatile.Write(ref _length, _length + count);
    }

    public WavAudio ToWavAudio() => new(SampleRate, 1, _samples.AsSpan(0, Length).ToArray());

    public void Save(string path) => WavWriter.Write(path, ToWavAudio());
}
