using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace MediaCore.Server.Grpc;

/// <summary>A registered method: its descriptor from the proto, the request parser and the type-erased handler.</summary>
internal sealed class GrpcMethod(
    MethodDescriptor descriptor,
    Func<IMessage, GrpcResponseStream, GrpcCallContext, Task> invoke,
    bool allowAnonymous)
{
    public MethodDescriptor Descriptor { get; } = descriptor;
    public string Path { get; } = "/" + descriptor.Service.FullName + "/" + descriptor.Name;
    public MessageParser RequestParser => Descriptor.InputType.Parser;
    public Func<IMessage, GrpcResponseStream, GrpcCallContext, Task> Invoke { get; } = invoke;
    public bool AllowAnonymous { get; } = allowAnonymous;
}
