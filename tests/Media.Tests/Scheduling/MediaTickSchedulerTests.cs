using MediaCore.Media.Frames;
using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Tests.Scheduling;

[Collection(nameof(RealTimeCollection))]
public sealed class MediaTickSchedulerTests
{
    private sealed class CountingHandler : IMediaTickHandler
    {
        public int Ticks;
        public volatile bool OnPoolThread;
        public volatile bool Background;
        public string? ThreadName;
        public long FirstIndex = -1;
        public long LastIndex;

        public void OnTick(in FrameTick tick)
        {
            if (Ticks == 0)
            {
                FirstIndex = tick.Index;
                OnPoolThread = Thread.CurrentThread.IsThreadPoolThread;
                Background = Thread.CurrentThread.IsBackground;
                ThreadName = Thread.CurrentThread.Name;
            }
            LastIndex = tick.Index;
            Interlocked.Increment(ref Ticks);
        }
    }

    private sealed class ThrowingHandler : IMediaTickHandler
    {
        public int Ticks;

        public void OnTick(in FrameTick tick)
        {
            if (Interlocked.Increment(ref Ticks) == 3)
                throw new InvalidOperationException("boom");
        }
    }

    /// <summary>Measures, on the tick thread itself, the bytes allocated by whole tick-loop iterations (between two of its own ticks).</summary>
    private sealed class AllocationProbe(int warmupTicks, int measuredTicks) : IMediaTickHandler
    {
        private int _ticks;
        private long _startBytes;
        private long _fewest = long.MaxValue;
        private int _windows;
        public readonly TaskCompletionSource<long> Allocated = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Three consecutive windows; the fewest bytes any window saw. A per-tick allocation shows in every window;
        // a one-time lazy initialisation (a rarely taken path first run under CI stalls) in at most one.
        public void OnTick(in FrameTick tick)
        {
            _ticks++;
            if (_ticks < warmupTicks || (_ticks - warmupTicks) % measuredTicks != 0)
                return;
            long now = GC.GetAllocatedBytesForCurrentThread();
            if (_ticks > warmupTicks)
                _fewest = Math.Min(_fewest, now - _startBytes);
            _startBytes = now;
            if (++_windows == 4)
                Allocated.TrySetResult(_fewest);
        }
    }

    [Fact]
    public async Task Ticks_every_20_ms_on_a_dedicated_background_thread()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var handler = new CountingHandler();
        scheduler.Add(handler);
        await Task.Delay(1000);
        int ticks = Volatile.Read(ref handler.Ticks);
        Assert.InRange(ticks, 35, 52);   // 50 expected; generous for a loaded box (ticks skip rather than burst)
        Assert.False(handler.OnPoolThread);
        Assert.True(handler.Background);
        Assert.Equal("media-tick-0", handler.ThreadName);
        var stats = Assert.Single(scheduler.GetStatistics());
        Assert.True(stats.Ticks >= ticks);
        Assert.Equal(1, stats.HandlerCount);
        Assert.True(stats.Lateness.Count >= ticks);
        // Absolute deadlines: tick indices advance with wall time even if some waits were late.
        Assert.InRange(handler.LastIndex - handler.FirstIndex + 1 + 0L, ticks, ticks + 15L);
    }

    [Fact]
    public void Handlers_go_to_the_least_loaded_thread_and_can_be_removed()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 2 });
        var handlers = Enumerable.Range(0, 5).Select(_ => new CountingHandler()).ToArray();
        var threads = handlers.Select(scheduler.Add).ToArray();
        Assert.Equal([0, 1, 0, 1, 0], threads);
        Assert.True(scheduler.Remove(handlers[0]));
        Assert.True(scheduler.Remove(handlers[2]));
        Assert.False(scheduler.Remove(handlers[2]));
        Assert.Equal(0, scheduler.Add(new CountingHandler()));   // thread 0 now has one, thread 1 two
        Assert.Equal(4, scheduler.HandlerCount);
        Assert.Throws<InvalidOperationException>(() => scheduler.Add(handlers[1]));
    }

    [Fact]
    public async Task A_throwing_handler_is_removed_and_reported_while_others_keep_ticking()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var faulted = new TaskCompletionSource<MediaTickFault>(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.HandlerFaulted += fault => faulted.TrySetResult(fault);
        var bad = new ThrowingHandler();
        var good = new CountingHandler();
        scheduler.Add(bad);
        scheduler.Add(good);
        var fault = await faulted.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Same(bad, fault.Handler);
        Assert.IsType<InvalidOperationException>(fault.Exception);
        int before = Volatile.Read(ref good.Ticks);
        await Task.Delay(300);
        Assert.True(Volatile.Read(ref good.Ticks) > before + 5, "the other handler stopped ticking");
        Assert.Equal(3, Volatile.Read(ref bad.Ticks));
        Assert.Equal(1, scheduler.HandlerCount);
        Assert.Equal(1, scheduler.GetStatistics()[0].FaultedHandlers);
    }

    [Fact]
    public async Task The_tick_loop_allocates_nothing()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        for (int i = 0; i < 10; i++)
            scheduler.Add(new CountingHandler());
        var probe = new AllocationProbe(warmupTicks: 10, measuredTicks: 50);
        scheduler.Add(probe);
        Assert.Equal(0, await probe.Allocated.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 5 }));
        Assert.InRange(new MediaTickSchedulerOptions().ThreadCount, 1, MediaTickSchedulerOptions.MaxThreads);
    }
}
