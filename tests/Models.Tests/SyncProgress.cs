namespace MediaCore.Models.Tests;

/// <summary>IProgress that reports inline (Progress&lt;T&gt; posts to the thread pool, so its reports arrive late and out of order).</summary>
internal sealed class SyncProgress(Action<ModelTransferProgress> report) : IProgress<ModelTransferProgress>
{
    private readonly object _gate = new();

    public void Report(ModelTransferProgress value)
    {
        lock (_gate) report(value);
    }
}
