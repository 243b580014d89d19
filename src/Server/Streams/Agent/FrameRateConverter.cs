using MediaCore.Media.Resampling;

namespace MediaCore.Server.Streams.Agent;

/// <summary>
/// Converts 20 ms frames from one rate to another, always handing out whole 20 ms frames of the output rate. The
/// polyphase <see cref="Resampler"/> may produce one sample more or less per call for ratios that do not divide
/// evenly, so its output goes through a small carry buffer. All buffers are sized up front: no per-frame allocation.
/// </summary>
public sealed class FrameRateConverter
{
    private readonly Resampler? _resampler;
    private readonly short[] _carry;
    private int _carried;

    public FrameRateConverter(int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        InputRate = inputRate;
        OutputRate = outputRate;
        InputFrameSamples = inputRate / 50;
        OutputFrameSamples = outputRate / 50;
        if (inputRate != outputRate)
            _resampler = new Resampler(inputRate, outputRate);
        // Room for a frame's worth of carry-over plus the largest single conversion.
        _carry = new short[OutputFrameSamples * 2 + (_resampler?.MaxOutputSamples(InputFrameSamples) ?? InputFrameSamples) + 1];
    }

    public int InputRate { get; }

    public int OutputRate { get; }

    public int InputFrameSamples { get; }

    public int OutputFrameSamples { get; }

    /// <summary>Converts one input frame (any length up to 20 ms) and appends the result to the carry buffer.</summary>
    public void Push(ReadOnlySpan<short> input)
    {
        if (input.Length > InputFrameSamples)
            throw new ArgumentException($"At most {InputFrameSamples} samples per push.", nameof(input));
        var room = _carry.AsSpan(_carried);
        _carried += _resampler is null ? Copy(input, room) : _resampler.Process(input, room);
    }

    /// <summary>Takes one whole output frame if one is ready.</summary>
    public bool TryTake(Span<short> frame)
    {
        if (frame.Length != OutputFrameSamples)
            throw new ArgumentException($"A frame is {OutputFrameSamples} samples.", nameof(frame));
        if (_carried < frame.Length)
            return false;
        _carry.AsSpan(0, frame.Length).CopyTo(frame);
        _carried -= frame.Length;
        _carry.AsSpan(frame.Length, _carried).CopyTo(_carry);
        return true;
    }

    /// <summary>Drops carried samples and the filter history (after a barge-in: old audio must not leak out).</summary>
    public void Reset()
    {
        _carried = 0;
        _resampler?.Reset();
    }

    private static int Copy(ReadOnlySpan<short> input, Span<short> room)
    {
        input.CopyTo(room);
        return input.Length;
    }
}
