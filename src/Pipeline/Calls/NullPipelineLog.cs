namespace MediaCore.Pipeline.Calls;

/// <summary>Discards everything.</summary>
public sealed class NullPipelineLog : IPipelineLog
{
    public static readonly NullPipelineLog Instance = new();

    public void Log(PipelineLogLevel level, string callId, string message)
    {
    }
}
