namespace MediaCore.Pipeline.Business;

/// <summary>Callbacks waiting for a person.</summary>
public interface ICallbackQueue
{
    void Add(CallbackRequest request);

    IReadOnlyList<CallbackRequest> Pending(string tenantId);
}
