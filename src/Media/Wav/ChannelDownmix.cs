namespace MediaCore.Media.Wav;

/// <summary>Averages interleaved multichannel PCM16 to mono (equal weights: no channel is assumed to be the voice).</summary>
public static class ChannelDownmix
{
    /// <summary>Writes one mono sample per frame of <paramref name="interleaved"/>; returns the frames written.</summary>
    public static int ToMono(ReadOnlySpan<short> interleaved, int channels, Span<short> mono)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        var frames = interleaved.Length / channels;
        if (mono.Length < frames)
            throw new ArgumentException($"The destination needs room for {frames} samples.", nameof(mono));
        if (channels == 1)
        {
            interleaved[..frames].CopyTo(mono);
            return frames;
        }
        for (var f = 0; f < frames; f++)
        {
            var sum = 0;
            var frame = interleaved.Slice(f * channels, channels);
            foreach (var sample in frame)
                sum += sample;
            mono[f] = (short)(sum / channels);
        }
        return frames;
    }
}
