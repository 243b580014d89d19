using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Tests.Sessions;

/// <summary>Once warm, a tick of a live session (playout, decode, resample, echo, encode, send, RTCP) allocates nothing.</summary>
public sealed class RtpSessionAllocationTests
{
    /// <summary>Runs on the same single tick thread as the sessions and measures that thread's allocations between its ticks.</summary>
    private sealed class AllocationProbe(int warmupTicks, int measuredTicks) : IMediaTickHandler
    {
        private int _ticks;
        private long _startBytes;
        public readonly TaskCompletionSource<long> Allocated = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnTick(in FrameTick tick)
        {
            _ticks++;
            if (_ticks == warmupTicks)
                _startBytes = GC.GetAllocatedBytesForCurrentThread();
            else if (_ticks == warmupTicks + measuredTicks)
                Allocated.TrySetResult(GC.GetAllocatedBytesForCurrentThread() - _startBytes);
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
            var probe = new AllocationProbe(warmupTicks: 30, measuredTicks: 100);
            scheduler.Add(probe);
            long allocated = await probe.Allocated.Task.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.Equal(0, allocated);
            Assert.True(a.GetStatistics().PacketsReceived > 50, "the echo never came back");
            Assert.True(a.GetStatistics().RtcpSent > 3);
        }
    }
}
