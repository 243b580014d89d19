namespace MediaCore.Pipeline.Calls;

// Read-only views for monitoring (a metrics scrape samples them; nothing on the tick reads them).
public sealed partial class CallPipeline
{
    /// <summary>The current depth of each worker queue of this call.</summary>
    public PipelineQueueDepths QueueDepths =>
        new(_sttCommands.Reader.Count, _frames.Count, _speech.PendingSegments, _playout.QueuedFrames);
}
