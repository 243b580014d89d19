namespace MediaCore.Pipeline.Calls;

public enum PipelineLogLevel
{
    Debug,
    Information,
    Warning,
    Error,
}
