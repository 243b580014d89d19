using MediaCore.Media.Frames;
using MediaCore.Media.Resampling;
using MediaCore.Media.Wav;

namespace MediaCore.Media.Handlers;

/// <summary>
/// Plays a WAV clip into the call (downmixed and resampled once, at construction, to the call rate), then silence or
/// the clip again; optionally records what it hears. Used to exercise calls before the agent pipeline exists.
/// </summary>
public sealed class WavPlayerHandler : ICallAudioHandler
{
    private readonly short[] _clip;
    private readonly bool _loop;
    private int _position;

    public WavPlayerHandler(WavAudio audio, int sampleRate = SampleRates.Wideband, bool loop = false, PcmRecorder? recorder = null)
    {
        ArgumentNullException.ThrowIfNull(audio);
        SampleRate = sampleRate;
        _loop = loop;
        Recorder = recorder;
        _clip = ToCallRate(audio.Channels == 1 ? audio : audio.ToMono(), sampleRate);
    }

    public WavPlayerHandler(string wavPath, int sampleRate = SampleRates.Wideband, bool loop = false, PcmRecorder? recorder = null)
        : this(WavReader.Read(wavPath), sampleRate, loop, recorder)
    {
    }

    public int SampleRate { get; }

    public PcmRecorder? Recorder { get; }

    /// <summary>The clip at the call rate.</summary>
    public ReadOnlySpan<short> Clip => _clip;

    /// <summary>True once the clip has been played through (never with looping).</summary>
    public bool Finished => !_loop && Volatile.Read(ref _position) >= _clip.Length;

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate) => Recorder?.Append(pcm);

    public bool FillOutboundFrame(Span<short> pcm)
    {
        if (_position >= _clip.Length)
        {
            if (!_loop || _clip.Length == 0)
                return false;
            _position = 0;
        }
        int count = Math.Min(pcm.Length, _clip.Length - _position);
        _clip.AsSpan(_position, count).CopyTo(pcm);
        pcm[count..].Clear();
        Volatile.Write(ref _position, _position + count);
        return true;
    }

    private static short[] ToCallRate(WavAudio mono, int sampleRate)
    {
        if (mono.SampleRate == sampleRate)
            return mono.Samples;
        var resampler = new Resampler(mono.SampleRate, sampleRate);
        var output = new short[resampler.MaxOutputSamples(mono.Samples.Length)];
        int written = resampler.Process(mono.Samples, output);
        return output.AsSpan(0, written).ToArray();
    }
}
