namespace MediaCore.Server.Client;

/// <summary>Per-call options: a timeout (sent as grpc-timeout and enforced locally) and a cancellation token.</summary>
public readonly record struct ControlCallOptions(TimeSpan? Timeout = null, CancellationToken CancellationToken = default);
