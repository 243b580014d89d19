using MediaCore.Sip.Transactions;

namespace MediaCore.Sip.Tests.Transactions;

public sealed class SipTimerQueueTests
{
    [Fact]
    public async Task FiresInDueOrder_AndCancelledEntriesNever()
    {
        using var queue = new SipTimerQueue();
        var order = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Schedule(TimeSpan.FromMilliseconds(150), () => { order.Enqueue(3); done.TrySetResult(); });
        queue.Schedule(TimeSpan.FromMilliseconds(10), () => order.Enqueue(1));
        var cancelled = queue.Schedule(TimeSpan.FromMilliseconds(50), () => order.Enqueue(99));
        queue.Schedule(TimeSpan.FromMilliseconds(60), () => order.Enqueue(2));
        cancelled.Dispose();

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(new[] { 1, 2, 3 }, order.ToArray());
    }

    [Fact]
    public async Task ThrowingCallback_DoesNotStopLaterTimers()
    {
        using var queue = new SipTimerQueue();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Schedule(TimeSpan.Zero, () => throw new InvalidOperationException("boom"));
        queue.Schedule(TimeSpan.FromMilliseconds(20), () => done.TrySetResult());
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
