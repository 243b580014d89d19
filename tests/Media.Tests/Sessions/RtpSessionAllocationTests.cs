using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Tests.Sessions;

/// <summary>Once warm, a tick of a live session (playout, decode, resample, echo, encode, send, RTCP) allocates nothing.</summary>
[Collection(nameof(RealTimeCollection))]
public sealed class RtpSessionAllocationTests
{
    /// <summary>Runs on the same single tick thread as the sessions and measures that thread's allocations between its ticks.</summary>
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

    [Theory]
    [InlineData("PCMU")]
    [InlineData("opus")]
    public async Task Ticks_of_an_echo_call_allocate_nothing(string codecName)
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var options = SessionHarness.Options(rtcpInterval: TimeSpan.FromMilliseconds(200));
        var player = new WavPlayerHandler(SessionHarness.SpeechClip(2), SampleRates.Wideband, loop: true);
        var (a, b) = SessionHarness.StartPair(scheduler, SessionHarness.Codec(codecName), player, new EchoHandler(), options);
        await using (a)
        await using (b)
        {
            var probe = new AllocationProbe(warmupTicks: 30, measuredTicks: 60);
            scheduler.Add(probe);
            long allocated = await probe.Allocated.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, allocated);
            Assert.True(a.GetStatistics().PacketsReceived > 50, "the echo never came back");
            Assert.True(a.GetStatistics().RtcpSent > 3);
        }
    }
}
