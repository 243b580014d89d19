namespace MediaCore.Pipeline.Calls;

/// <summary>
/// The pipeline's logging seam (a class library without Microsoft.Extensions.Logging). Never called from the media
/// tick thread. Messages carry the call id, never phone numbers.
/// </summary>
public interface IPipelineLog
{
    void Log(PipelineLogLevel level, string callId, string message);
}
