using MediaCore.Media.Resampling;
using MediaCore.Media.Wav;

namespace MediaCore.Server.Streams.Handlers;

/// <summary>
/// Plays one WAV file to the caller (resampled to the call's rate on start), then falls silent; caller audio is
/// counted and discarded. A barge-in stops the playback.
/// </summary>
public sealed class WavPlayerStreamHandler(WavAudio audio) : StreamHandlerBase
{
    private readonly object _gate = new();
    private short[] _samples = [];
    private int _position;
    private long _callerFrames;

    public long CallerFrames => Interlocked.Read(ref _callerFrames);

    /// <summary>Samples (at the call rate) handed to the transport so far.</summary>
    public int Position { get { lock (_gate) return _position; } }

    public int TotalSamples { get { lock (_gate) return _samples.Length; } }

    public override void OnStart(StreamCallMetadata metadata)
    {
        var mono = audio.ToMono();
        var samples = mono.Samples;
        if (mono.SampleRate != metadata.SampleRate)
        {
            var resampler = new Resampler(mono.SampleRate, metadata.SampleRate);
            var output = new short[resampler.OutputSamplesFor(samples.Length)];
            samples = output[..resampler.Process(samples, output)];
        }
        lock (_gate)
            (_samples, _position) = (samples, 0);
        base.OnStart(metadata);
    }

    public override void OnCallerAudio(ReadOnlySpan<short> pcm, int sampleRate) => Interlocked.Increment(ref _callerFrames);

    public override bool TryReadBotAudio(Span<short> frame)
    {
        lock (_gate)
        {
            var left = _samples.Length - _position;
            if (left <= 0)
                return false;
            var take = Math.Min(left, frame.Length);
            _samples.AsSpan(_position, take).CopyTo(frame);
            frame[take..].Clear();
            _position += take;
            return true;
        }
    }

    protected override void DropQueuedAudio()
    {
        lock (_gate)
            _position = _samples.Length;
    }
}
