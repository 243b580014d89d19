using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>Which events a subscriber wants: empty fields match anything, set fields must all match.</summary>
public readonly record struct CallEventFilter(string? CallId, string? TenantId)
{
    public bool Matches(Event e) =>
        (string.IsNullOrEmpty(CallId) || e.CallId == CallId) &&
        (string.IsNullOrEmpty(TenantId) || e.TenantId == TenantId);
}
