namespace MediaCore.Pipeline.Records;

/// <summary>A write named a call that this tenant does not have (or that has already ended).</summary>
public sealed class CallRecordNotFoundException(TenantId tenant, string callId)
    : Exception($"tenant {tenant} has no open call {callId}");
