using System.Diagnostics;
using MediaCore.Inference.Abstractions;

namespace MediaCore.Server.Metrics;

/// <summary>
/// One call's recognition session with a stopwatch around each engine call; the STT worker drives it (never the
/// media tick). Two longs of state and Stopwatch timestamps: nothing allocated per call.
/// </summary>
internal sealed class MeteredRecognitionSession(ISpeechRecognitionSession inner, Histogram.Child realTimeFactor) : ISpeechRecognitionSession
{
    private const double SamplesPerSecond = 16_000; // the interface's audio is 16 kHz mono
    private long _busyTicks;
    private long _samples;

    public void AcceptAudio(ReadOnlySpan<short> pcm16k)
    {
        long started = Stopwatch.GetTimestamp();
        inner.AcceptAudio(pcm16k);
        _busyTicks += Stopwatch.GetTimestamp() - started;
        _samples += pcm16k.Length;
    }

    public Transcript Partial(CancellationToken cancellationToken = default)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            return inner.Partial(cancellationToken);
        }
        finally
        {
            _busyTicks += Stopwatch.GetTimestamp() - started;
        }
    }

    public Transcript Finish(CancellationToken cancellationToken = default)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            return inner.Finish(cancellationToken);
        }
        finally
        {
            _busyTicks += Stopwatch.GetTimestamp() - started;
            if (_samples > 0)
                realTimeFactor.Observe(_busyTicks / (double)Stopwatch.Frequency / (_samples / SamplesPerSecond));
            Clear();
        }
    }

    public void Reset()
    {
        inner.Reset();
        Clear();
    }

    public void Dispose() => inner.Dispose();

    private void Clear()
    {
        _busyTicks = 0;
        _samples = 0;
    }
}
