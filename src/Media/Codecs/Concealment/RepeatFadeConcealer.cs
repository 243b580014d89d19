namespace MediaCore.Media.Codecs.Concealment;

/// <summary>
/// Packet-loss concealment for codecs without their own (G.711, L16): replay the last good frame with a gain that
/// ramps down linearly across consecutive losses, reaching silence after <see cref="FadeFrames"/> frames (60 ms at
/// 20 ms frames). The ramp is continuous across frame boundaries so the fade itself adds no clicks; repeating
/// a pitch period for longer than that sounds robotic, so silence is the better answer.
/// </summary>
public sealed class RepeatFadeConcealer
{
    /// <summary>Consecutive lost frames over which the gain falls from 1 to 0.</summary>
    public const int FadeFrames = 3;

    private readonly short[] _lastGood;
    private readonly int _defaultFrameSamples;
    private int _lastGoodLength;
    private int _consecutiveLosses;

    /// <param name="defaultFrameSamples">Samples produced before any good frame was seen (one 20 ms frame).</param>
    /// <param name="maxFrameSamples">The longest frame that will be remembered.</param>
    public RepeatFadeConcealer(int defaultFrameSamples, int maxFrameSamples)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultFrameSamples);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrameSamples, defaultFrameSamples);
        _defaultFrameSamples = defaultFrameSamples;
        _lastGood = new short[maxFrameSamples];
    }

    /// <summary>Consecutive frames concealed since the last good one.</summary>
    public int ConsecutiveLosses => _consecutiveLosses;

    /// <summary>Remembers a correctly decoded frame (copied: the caller's buffer is not kept) and ends any loss run.</summary>
    public void Remember(ReadOnlySpan<short> frame)
    {
        var length = Math.Min(frame.Length, _lastGood.Length);
        frame[..length].CopyTo(_lastGood);
        _lastGoodLength = length;
        _consecutiveLosses = 0;
    }

    /// <summary>Writes one concealment frame; returns samples written, or -1 if <paramref name="pcm"/> is too short.</summary>
    public int Conceal(Span<short> pcm)
    {
        var length = _lastGoodLength > 0 ? _lastGoodLength : _defaultFrameSamples;
        if (pcm.Length < length)
            return -1;
        var lossIndex = _consecutiveLosses;
        _consecutiveLosses = lossIndex == int.MaxValue ? lossIndex : lossIndex + 1;
        if (_lastGoodLength == 0 || lossIndex >= FadeFrames)
        {
            pcm[..length].Clear();
            return length;
        }
        // Gain runs from (1 - k/F) at the frame start to (1 - (k+1)/F) at its end.
        var startGain = 1f - (float)lossIndex / FadeFrames;
        var step = 1f / (FadeFrames * length);
        for (var i = 0; i < length; i++)
            pcm[i] = (short)MathF.Round(_lastGood[i] * (startGain - step * i));
        return length;
    }
}
