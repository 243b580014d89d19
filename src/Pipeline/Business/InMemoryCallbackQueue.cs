namespace MediaCore.Pipeline.Business;

public sealed class InMemoryCallbackQueue : ICallbackQueue
{
    private readonly List<CallbackRequest> _all = [];

    public void Add(CallbackRequest request)
    {
        lock (_all) _all.Add(request);
    }

    public IReadOnlyList<CallbackRequest> Pending(string tenantId)
    {
        lock (_all) return _all.Where(c => c.TenantId == tenantId).ToArray();
    }
}
