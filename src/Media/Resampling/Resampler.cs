using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MediaCore.Media.Resampling;

/// <summary>
/// Streaming polyphase windowed-sinc resampler for a rational ratio L/M (reduced by the GCD of the two rates).
/// It keeps the last K-1 input samples between calls, so feeding a signal frame by frame gives exactly the output
/// of one call over the whole signal. After construction <see cref="Process(ReadOnlySpan{short}, Span{short})"/>
/// allocates nothing. Passband (to 0.9 × the lower Nyquist) ripple is under 0.1 dB; aliases and images are ≥ 60 dB down.
/// Not thread-safe: one instance per stream.
/// </summary>
public sealed class Resampler
{
    /// <summary>Largest L accepted: keeps the coefficient table (L × K floats) bounded.</summary>
    public const int MaxUpFactor = 1024;

    private const int DefaultChunkSamples = 2048;

    private readonly float[] _coefficients;
    private readonly int _taps;
    private readonly float[] _buffer; // K-1 history samples followed by up to one chunk of new input
    private readonly int _chunkSamples;
    private int _nextInput; // index, relative to the first new sample, of the newest input the next output needs
    private int _phase; // which of the L phases the next output uses

    public Resampler(int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        var gcd = (int)BigInteger.GreatestCommonDivisor(inputRate, outputRate);
        InputRate = inputRate;
        OutputRate = outputRate;
        UpFactor = outputRate / gcd;
        DownFactor = inputRate / gcd;
        if (UpFactor > MaxUpFactor)
            throw new ArgumentException($"{inputRate} Hz → {outputRate} Hz needs L = {UpFactor} phases (limit {MaxUpFactor}).");
        var bank = new PolyphaseFilterBank(inputRate, outputRate, UpFactor);
        _coefficients = bank.Coefficients;
        _taps = bank.TapsPerPhase;
        DelayInputSamples = bank.DelayInputSamples;
        _chunkSamples = DefaultChunkSamples;
        _buffer = new float[_taps - 1 + _chunkSamples];
    }

    public int InputRate { get; }

    public int OutputRate { get; }

    /// <summary>L: the interpolation factor.</summary>
    public int UpFactor { get; }

    /// <summary>M: the decimation factor.</summary>
    public int DownFactor { get; }

    /// <summary>K: filter taps evaluated per output sample.</summary>
    public int TapsPerPhase => _taps;

    /// <summary>Latency the filter adds, in input samples.</summary>
    public double DelayInputSamples { get; }

    /// <summary>The most samples a call with <paramref name="inputSamples"/> can produce, whatever the state: ceil(n × L / M).</summary>
    public int MaxOutputSamples(int inputSamples) => (int)(((long)inputSamples * UpFactor + DownFactor - 1) / DownFactor);

    /// <summary>
    /// Exactly how many samples the next call with <paramref name="inputSamples"/> will produce: output j is ready once
    /// its newest input, s + floor((p + jM) / L), has arrived, so the count is ceil(((n − s) × L − p) / M).
    /// </summary>
    public int OutputSamplesFor(int inputSamples)
    {
        var room = ((long)inputSamples - _nextInput) * UpFactor - _phase;
        return room <= 0 ? 0 : (int)((room + DownFactor - 1) / DownFactor);
    }

    /// <summary>Forgets the history, as if newly constructed.</summary>
    public void Reset()
    {
        Array.Clear(_buffer);
        _nextInput = 0;
        _phase = 0;
    }

    /// <summary>Resamples PCM16 (rounded and clipped on output); returns the samples written.</summary>
    public int Process(ReadOnlySpan<short> input, Span<short> output)
    {
        EnsureRoom(input.Length, output.Length);
        var written = 0;
        for (var start = 0; start < input.Length; start += _chunkSamples)
        {
            var chunk = input.Slice(start, Math.Min(_chunkSamples, input.Length - start));
            var fresh = _buffer.AsSpan(_taps - 1, chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
                fresh[i] = chunk[i];
            written += Filter(chunk.Length, output[written..]);
        }
        return written;
    }

    /// <summary>Resamples float samples (no clipping); returns the samples written.</summary>
    public int Process(ReadOnlySpan<float> input, Span<float> output)
    {
        EnsureRoom(input.Length, output.Length);
        var written = 0;
        for (var start = 0; start < input.Length; start += _chunkSamples)
        {
            var chunk = input.Slice(start, Math.Min(_chunkSamples, input.Length - start));
            chunk.CopyTo(_buffer.AsSpan(_taps - 1));
            written += Filter(chunk.Length, output[written..]);
        }
        return written;
    }

    private void EnsureRoom(int inputSamples, int outputSamples)
    {
        var needed = OutputSamplesFor(inputSamples);
        if (outputSamples < needed)
            throw new ArgumentException($"The output needs room for {needed} samples.", nameof(outputSamples));
    }

    // Output j sits at time j × M on the L × f_in grid: its newest input is floor(jM / L), its phase jM mod L.
    private int Filter(int freshSamples, Span<short> output) => FilterCore(freshSamples, output, Span<float>.Empty, toShort: true);

    private int Filter(int freshSamples, Span<float> output) => FilterCore(freshSamples, Span<short>.Empty, output, toShort: false);

    private int FilterCore(int freshSamples, Span<short> shortOutput, Span<float> floatOutput, bool toShort)
    {
        var written = 0;
        while (_nextInput < freshSamples)
        {
            var history = _buffer.AsSpan(_nextInput, _taps);
            var phase = _coefficients.AsSpan(_phase * _taps, _taps);
            var value = Dot(history, phase);
            if (toShort)
                shortOutput[written] = (short)Math.Clamp(MathF.Round(value), short.MinValue, short.MaxValue);
            else
                floatOutput[written] = value;
            written++;
            _phase += DownFactor;
            _nextInput += _phase / UpFactor;
            _phase %= UpFactor;
        }
        _nextInput -= freshSamples;
        // Keep the newest K-1 samples as the next chunk's history.
        _buffer.AsSpan(freshSamples, _taps - 1).CopyTo(_buffer);
        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        var width = Vector<float>.Count;
        var acc = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - width; i += width)
            acc += Vector.LoadUnsafe(ref ra, (nuint)i) * Vector.LoadUnsafe(ref rb, (nuint)i);
        var sum = Vector.Sum(acc);
        for (; i < a.Length; i++)
            sum += Unsafe.Add(ref ra, i) * Unsafe.Add(ref rb, i);
        return sum;
    }
}
