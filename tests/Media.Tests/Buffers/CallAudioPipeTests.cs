using System.Buffers.Binary;
using MediaCore.Media.Buffers;

namespace MediaCore.Media.Tests.Buffers;

/// <summary>The network side never blocks on a slow consumer; a draining consumer gets every byte in order.</summary>
public sealed class CallAudioPipeTests
{
    private const int FrameBytes = 320;                     // 20 ms of 8 kHz PCM16
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static byte[] Frame(int index)
    {
        var frame = new byte[FrameBytes];
        BinaryPrimitives.WriteInt32BigEndian(frame, index);
        frame.AsSpan(4).Fill((byte)index);
        return frame;
    }

    [Fact]
    public async Task StalledReaderMakesTheWriterDropAndCountNotBlock()
    {
        var pipe = new CallAudioPipe(capacity: 5 * FrameBytes);
        var writes = Task.Run(() =>
        {
            int accepted = 0;
            for (int i = 0; i < 1000; i++)
                accepted += pipe.TryWrite(Frame(i)) ? 1 : 0;
            return accepted;
        });
        int accepted = await writes.WaitAsync(Generous);   // a TimeoutException here means the writer blocked
        Assert.Equal(5, accepted);
        Assert.Equal(995, pipe.WritesDropped);
        Assert.Equal(995L * FrameBytes, pipe.BytesDropped);
        Assert.Equal(5L * FrameBytes, pipe.BufferedBytes);
    }

    [Fact]
    public async Task WritesResumeOnceTheReaderCatchesUp()
    {
        var pipe = new CallAudioPipe(capacity: 2 * FrameBytes);
        Assert.True(pipe.TryWrite(Frame(0)));
        Assert.True(pipe.TryWrite(Frame(1)));
        Assert.False(pipe.TryWrite(Frame(2)));
        var destination = new byte[FrameBytes];
        Assert.Equal(FrameBytes, await pipe.ReadAsync(destination));
        Assert.Equal(0, BinaryPrimitives.ReadInt32BigEndian(destination));
        Assert.True(pipe.TryWrite(Frame(3)));
        Assert.Equal(1, pipe.WritesDropped);
        Assert.Equal(2L * FrameBytes, pipe.BufferedBytes);
    }

    [Fact]
    public async Task DrainingReaderGetsEveryFrameInOrder()
    {
        const int frames = 2000;
        var pipe = new CallAudioPipe(capacity: frames * FrameBytes);   // room for all: no drop may happen
        var reader = Task.Run(() => ReadFrames(pipe));
        await Task.Run(() =>
        {
            for (int i = 0; i < frames; i++)
            {
                Assert.True(pipe.TryWrite(Frame(i)));
                if (i % 50 == 0)
                    Thread.Yield();
            }
            pipe.CompleteWriter();
        });
        var received = await reader.WaitAsync(Generous);
        Assert.Equal(Enumerable.Range(0, frames), received);
        Assert.Equal(0, pipe.WritesDropped);
        Assert.Equal(0, pipe.BufferedBytes);
    }

    [Fact]
    public async Task SlowReaderSeesOrderedFramesAndDropsAreAccounted()
    {
        const int frames = 500;
        var pipe = new CallAudioPipe(capacity: 4 * FrameBytes);
        var reader = Task.Run(() => ReadFrames(pipe, delayEvery: 10));
        for (int i = 0; i < frames; i++)
            pipe.TryWrite(Frame(i));
        pipe.CompleteWriter();
        var received = await reader.WaitAsync(Generous);
        for (int i = 1; i < received.Count; i++)
            Assert.True(received[i] > received[i - 1]);
        Assert.Equal(frames, received.Count + pipe.WritesDropped);
        Assert.Equal(received.Count * (long)FrameBytes, pipe.BytesWritten);
    }

    [Fact]
    public void CompletedReaderClosesTheWriterSide()
    {
        var pipe = new CallAudioPipe(capacity: 10 * FrameBytes);
        Assert.True(pipe.TryWrite(Frame(0)));
        pipe.CompleteReader();
        Assert.True(pipe.IsClosed);
        Assert.False(pipe.TryWrite(Frame(1)));
        Assert.Equal(1, pipe.WritesDropped);
    }

    [Fact]
    public async Task WriteAndReadLoopAllocatesNothingOnceWarm()
    {
        var pipe = new CallAudioPipe(capacity: 8 * FrameBytes, readerScheduler: System.IO.Pipelines.PipeScheduler.Inline);
        var frame = Frame(1);
        var destination = new byte[FrameBytes];
        for (int i = 0; i < 100; i++)
        {
            pipe.TryWrite(frame);
            await pipe.ReadAsync(destination);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            pipe.TryWrite(frame);
            await pipe.ReadAsync(destination);   // data is already there: completes synchronously
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Reads frames until the writer completes; frames may straddle reads, so reassemble by size.</summary>
    private static async Task<List<int>> ReadFrames(CallAudioPipe pipe, int delayEvery = 0)
    {
        var indices = new List<int>();
        var frame = new byte[FrameBytes];
        int filled = 0;
        while (true)
        {
            int read = await pipe.ReadAsync(frame.AsMemory(filled));
            if (read == 0)
                return indices;
            filled += read;
            if (filled < FrameBytes)
                continue;
            filled = 0;
            int index = BinaryPrimitives.ReadInt32BigEndian(frame);
            Assert.Equal((byte)index, frame[^1]);
            indices.Add(index);
            if (delayEvery > 0 && indices.Count % delayEvery == 0)
                await Task.Delay(1);
        }
    }
}
