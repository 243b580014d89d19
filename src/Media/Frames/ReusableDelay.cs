using System.Threading.Tasks.Sources;

namespace MediaCore.Media.Frames;

/// <summary>
/// A one-at-a-time awaitable delay over a single timer created once, so pacing a 20 ms frame does not allocate a
/// Task and a timer per tick the way Task.Delay does. Not thread-safe: one waiter at a time (the clock's pacer).
/// </summary>
internal sealed class ReusableDelay : IValueTaskSource, IDisposable
{
    private readonly ITimer _timer;
    private ManualResetValueTaskSourceCore<bool> _core = new() { RunContinuationsAsynchronously = true };
    private CancellationTokenRegistration _registration;
    private CancellationToken _token;
    private int _completed;

    public ReusableDelay(TimeProvider time) =>
        _timer = time.CreateTimer(static state => ((ReusableDelay)state!).Complete(cancelled: false), this,
            Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    public ValueTask WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        _core.Reset();
        _completed = 0;
        _token = cancellationToken;
        if (cancellationToken.CanBeCanceled)
            _registration = cancellationToken.UnsafeRegister(static state => ((ReusableDelay)state!).Complete(cancelled: true), this);
        _timer.Change(delay, Timeout.InfiniteTimeSpan);
        return new ValueTask(this, _core.Version);
    }

    public void GetResult(short token)
    {
        _registration.Dispose();
        _registration = default;
        _core.GetResult(token);
    }

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    public void Dispose()
    {
        _timer.Dispose();
        _registration.Dispose();
    }

    // The timer and the cancellation race; whichever arrives first completes the wait, the other is ignored.
    private void Complete(bool cancelled)
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
            return;
        if (cancelled)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _core.SetException(new OperationCanceledException(_token));
        }
        else
        {
            _core.SetResult(true);
        }
    }
}
