namespace MediaCore.Server.Browser;

/// <summary>Counts the demo's live calls and enforces the limit (a public page must not exhaust the engines).</summary>
public sealed class BrowserDemoCalls
{
    private readonly int _limit;
    private int _active;
    private long _total;

    public BrowserDemoCalls(int limit) => _limit = limit;

    public int Active => Volatile.Read(ref _active);

    /// <summary>Calls accepted since start.</summary>
    public long Total => Interlocked.Read(ref _total);

    internal bool TryEnter()
    {
        if (Interlocked.Increment(ref _active) > _limit)
        {
            Interlocked.Decrement(ref _active);
            return false;
        }
        Interlocked.Increment(ref _total);
        return true;
    }

    internal void Exit() => Interlocked.Decrement(ref _active);
}
