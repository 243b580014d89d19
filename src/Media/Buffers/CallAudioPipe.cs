using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace MediaCore.Media.Buffers;

/// <summary>
/// A bounded per-call byte pipe for received audio on System.IO.Pipelines. The network side calls
/// <see cref="TryWrite"/>, which never blocks and never awaits: when the consumer has fallen more than
/// <see cref="Capacity"/> bytes behind, the write is dropped whole and counted, because stalling the receive loop
/// would stall every packet behind it (RTCP, DTMF, other calls on the socket).
/// <para>
/// Unconsumed bytes are tracked here (added on write, subtracted after the reader's AdvanceTo), and the pipe's own
/// pauseWriterThreshold sits just above <see cref="Capacity"/>, so FlushAsync can never pause: our limit always trips
/// first. Should a flush still not complete synchronously, it is parked and writes are dropped until it has.
/// One writer thread and one reader at a time, as with any Pipe.
/// </para>
/// </summary>
public sealed class CallAudioPipe
{
    private readonly Pipe _pipe;
    private long _unconsumed;
    private long _bytesWritten;
    private long _bytesDropped;
    private long _writesDropped;
    private ValueTask<FlushResult> _pendingFlush;
    private bool _hasPendingFlush;
    private bool _writerClosed;
    private ReadOnlySequence<byte> _lastRead;

    /// <param name="capacity">Most bytes the consumer may lag behind before writes are dropped.</param>
    /// <param name="readerScheduler">Where reader continuations run (default: thread pool).</param>
    public CallAudioPipe(int capacity, PipeScheduler? readerScheduler = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _pipe = new Pipe(new PipeOptions(
            readerScheduler: readerScheduler ?? PipeScheduler.ThreadPool,
            writerScheduler: PipeScheduler.Inline,
            pauseWriterThreshold: capacity + 1L,
            resumeWriterThreshold: capacity / 2 + 1L,
            useSynchronizationContext: false));
    }

    public int Capacity { get; }

    /// <summary>Bytes written and not yet consumed by the reader.</summary>
    public long BufferedBytes => Interlocked.Read(ref _unconsumed);

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    public long BytesDropped => Interlocked.Read(ref _bytesDropped);

    public long WritesDropped => Interlocked.Read(ref _writesDropped);

    /// <summary>True once the reader completed or the writer was completed: every later write is dropped.</summary>
    public bool IsClosed => Volatile.Read(ref _writerClosed);

    /// <summary>Appends <paramref name="data"/> and flushes it to the reader, or drops it whole; never blocks.</summary>
    public bool TryWrite(ReadOnlySpan<byte> data)
    {
        if (_writerClosed || !FlushSettled() || Interlocked.Read(ref _unconsumed) + data.Length > Capacity)
            return Drop(data.Length);
        var writer = _pipe.Writer;
        data.CopyTo(writer.GetSpan(data.Length));
        writer.Advance(data.Length);
        Interlocked.Add(ref _unconsumed, data.Length);
        Interlocked.Add(ref _bytesWritten, data.Length);
        var flush = writer.FlushAsync();
        if (flush.IsCompleted)
            ObserveFlush(flush.GetAwaiter().GetResult());
        else
            ParkFlush(flush);
        return true;
    }

    /// <summary>Ends the stream: the reader sees IsCompleted after draining what was written.</summary>
    public void CompleteWriter()
    {
        Volatile.Write(ref _writerClosed, true);
        _pipe.Writer.Complete();
    }

    /// <summary>Reads buffered audio; pair every call with <see cref="AdvanceTo"/>.</summary>
    public async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        var result = await _pipe.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        _lastRead = result.Buffer;
        return result;
    }

    /// <summary>Marks bytes up to <paramref name="consumed"/> (of the last read buffer) as used.</summary>
    public void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        long consumedBytes = _lastRead.Slice(_lastRead.Start, consumed).Length;
        _lastRead = default;
        _pipe.Reader.AdvanceTo(consumed, examined);
        Interlocked.Add(ref _unconsumed, -consumedBytes);   // after the pipe's own accounting, so ours is never lower.
    }

    public void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

    /// <summary>Copies up to <paramref name="destination"/>.Length bytes out; 0 means the writer completed.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (!buffer.IsEmpty || result.IsCompleted || result.IsCanceled)
            {
                int count = (int)Math.Min(buffer.Length, destination.Length);
                buffer.Slice(0, count).CopyTo(destination.Span);
                AdvanceTo(buffer.GetPosition(count));
                return count;
            }
            AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The consumer is gone: later writes are dropped (FlushResult.IsCompleted tells the writer too).</summary>
    public void CompleteReader()
    {
        Volatile.Write(ref _writerClosed, true);
        _pipe.Reader.Complete();
    }

    private bool Drop(int length)
    {
        Interlocked.Add(ref _bytesDropped, length);
        Interlocked.Increment(ref _writesDropped);
        return false;
    }

    private bool FlushSettled()
    {
        if (!_hasPendingFlush)
            return true;
        if (!_pendingFlush.IsCompleted)
            return false;
        _hasPendingFlush = false;
        ObserveFlush(_pendingFlush.GetAwaiter().GetResult());   // completed: consuming it does not block.
        _pendingFlush = default;
        return true;
    }

    private void ParkFlush(ValueTask<FlushResult> flush)
    {
        _pendingFlush = flush;
        _hasPendingFlush = true;
    }

    private void ObserveFlush(FlushResult result)
    {
        if (result.IsCompleted)
            Volatile.Write(ref _writerClosed, true);
    }
}
