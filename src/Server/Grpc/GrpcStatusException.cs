namespace MediaCore.Server.Grpc;

/// <summary>
/// Thrown by a handler to end its call with a status other than OK. The message goes to the client in grpc-message,
/// so it must be safe to show (no secrets, no full phone numbers).
/// </summary>
public sealed class GrpcStatusException(GrpcStatusCode status, string message) : Exception(message)
{
    public GrpcStatusCode Status { get; } = status;
}
