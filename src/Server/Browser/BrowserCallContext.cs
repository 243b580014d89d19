namespace MediaCore.Server.Browser;

/// <summary>What a browser call's handler is created with: the tenant, the page's event channel and the call controls.</summary>
public sealed record BrowserCallContext(TenantSummary Tenant, ICallEventSink Events, IStreamCallControl Control);
