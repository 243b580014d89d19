using MediaCore.Server.Grpc;

namespace MediaCore.Server.Client;

/// <summary>A control API call ended with a status other than OK (from grpc-status/grpc-message, or decided locally).</summary>
public sealed class ControlApiException(GrpcStatusCode statusCode, string message) : Exception($"{statusCode}: {message}")
{
    public GrpcStatusCode StatusCode { get; } = statusCode;
    public string Detail { get; } = message;
}
