using MediaCore.Media.Codecs;

namespace MediaCore.Media.Jitter;

/// <summary>
/// Drives an <see cref="AdaptiveJitterBuffer"/> and a decoder once per tick to produce exactly one frame of PCM:
/// decoded audio, the decoder's concealment for lost/late frames (and corrupt payloads), or silence while buffering.
/// </summary>
public sealed class JitterPlayout
{
    private readonly AdaptiveJitterBuffer _buffer;
    private readonly IAudioDecoder _decoder;
    private readonly int _samplesPerFrame;

    public JitterPlayout(AdaptiveJitterBuffer buffer, IAudioDecoder decoder)
    {
        _buffer = buffer;
        _decoder = decoder;
        _samplesPerFrame = (int)(decoder.SampleRate * buffer.Options.FrameDuration.Ticks / TimeSpan.TicksPerSecond);
    }

    public int SamplesPerFrame => _samplesPerFrame;

    /// <summary>Corrupt payloads the decoder rejected (concealed instead).</summary>
    public long DecodeErrors { get; private set; }

    /// <summary>Writes one frame into <paramref name="pcm"/> (at least <see cref="SamplesPerFrame"/> long); returns the frame kind.</summary>
    public JitterFrameKind NextFrame(Span<short> pcm)
    {
        var output = pcm[.._samplesPerFrame];
        var frame = _buffer.Get();
        switch (frame.Kind)
        {
            case JitterFrameKind.Audio:
                if (_decoder.Decode(frame.Payload, output) < 0)
                {
                    DecodeErrors++;
                    Conceal(output);
                }
                break;
            case JitterFrameKind.Lost:
            case JitterFrameKind.Underflow:
                Conceal(output);
                break;
            default:
                output.Clear();
                break;
        }
        return frame.Kind;
    }

    private void Conceal(Span<short> output)
    {
        int written = _decoder.Conceal(output);
        if (written < output.Length)
            output[Math.Max(0, written)..].Clear();
    }
}
