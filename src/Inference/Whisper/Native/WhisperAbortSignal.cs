using System.Runtime.InteropServices;

namespace MediaCore.Inference.Whisper.Native;

/// <summary>
/// Bridges a <see cref="CancellationToken"/> to ggml's abort callback (<c>bool (*)(void * data)</c>): whisper.cpp polls
/// it between graph computations (and ggml-cpu inside them, possibly on its worker threads), so a cancelled token
/// stops an encode or a decode within one graph step. The signal is pinned by a GCHandle for the duration of one call.
/// </summary>
internal sealed unsafe class WhisperAbortSignal : IDisposable
{
    private GCHandle _self;
    private int _polls;
    private volatile bool _aborted;

    public WhisperAbortSignal(CancellationToken token, Action<int>? onPoll = null)
    {
        Token = token;
        OnPoll = onPoll;
        _self = GCHandle.Alloc(this);
    }

    public CancellationToken Token { get; }

    /// <summary>Test hook: called with the poll count on every poll, before the token is checked.</summary>
    public Action<int>? OnPoll { get; }

    /// <summary>True once the callback told whisper.cpp to stop.</summary>
    public bool Aborted => _aborted;

    public int Polls => Volatile.Read(ref _polls);

    public static IntPtr Callback => (IntPtr)(delegate* unmanaged<IntPtr, byte>)&ShouldAbort;

    public IntPtr UserData => GCHandle.ToIntPtr(_self);

    public void Dispose()
    {
        if (_self.IsAllocated)
            _self.Free();
    }

    [UnmanagedCallersOnly]
    private static byte ShouldAbort(IntPtr userData)
    {
        try
        {
            if (GCHandle.FromIntPtr(userData).Target is not WhisperAbortSignal signal)
                return 0;
            var polls = Interlocked.Increment(ref signal._polls);
            signal.OnPoll?.Invoke(polls);
            if (!signal.Token.IsCancellationRequested)
                return 0;
            signal._aborted = true;
            return 1;
        }
        catch
        {
            return 0; // never unwind into native code
        }
    }
}
