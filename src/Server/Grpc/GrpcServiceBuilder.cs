using Google.Protobuf;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace MediaCore.Server.Grpc;

/// <summary>
/// Binds handlers to the methods of one proto service. Each binding is checked against the descriptor (name, request
/// and response types, streaming shape) so a handler cannot drift from the proto; methods left unbound answer
/// UNIMPLEMENTED, as a generated base class would.
/// </summary>
public sealed class GrpcServiceBuilder
{
    private readonly ServiceDescriptor _service;
    private readonly Dictionary<string, GrpcMethod> _methods;
    private bool _allowAnonymous;

    internal GrpcServiceBuilder(ServiceDescriptor service, Dictionary<string, GrpcMethod> methods)
    {
        _service = service;
        _methods = methods;
    }

    /// <summary>Methods bound after this call skip bearer-token authentication (used for Health only).</summary>
    public GrpcServiceBuilder AllowAnonymous()
    {
        _allowAnonymous = true;
        return this;
    }

    public GrpcServiceBuilder Unary<TRequest, TResponse>(string methodName, Func<TRequest, GrpcCallContext, Task<TResponse>> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        var method = Find(methodName, typeof(TRequest), typeof(TResponse), serverStreaming: false);
        Add(method, async (request, stream, context) =>
        {
            var response = await handler((TRequest)request, context).ConfigureAwait(false);
            await stream.WriteMessageAsync(response, context.CancellationToken).ConfigureAwait(false);
        });
        return this;
    }

    public GrpcServiceBuilder ServerStreaming<TRequest, TResponse>(string methodName, Func<TRequest, IGrpcStreamWriter<TResponse>, GrpcCallContext, Task> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        var method = Find(methodName, typeof(TRequest), typeof(TResponse), serverStreaming: true);
        Add(method, (request, stream, context) => handler((TRequest)request, new TypedWriter<TResponse>(stream), context));
        return this;
    }

    private MethodDescriptor Find(string name, Type request, Type response, bool serverStreaming)
    {
        var method = _service.FindMethodByName(name)
            ?? throw new ArgumentException($"{_service.FullName} has no method {name}", nameof(name));
        if (method.InputType.ClrType != request || method.OutputType.ClrType != response)
            throw new ArgumentException($"{_service.FullName}/{name} is {method.InputType.Name} → {method.OutputType.Name}");
        if (method.IsClientStreaming)
            throw new NotSupportedException($"{_service.FullName}/{name}: client streaming is not supported");
        if (method.IsServerStreaming != serverStreaming)
            throw new ArgumentException($"{_service.FullName}/{name}: server streaming is {method.IsServerStreaming}");
        return method;
    }

    private void Add(MethodDescriptor descriptor, Func<IMessage, GrpcResponseStream, GrpcCallContext, Task> invoke)
    {
        var method = new GrpcMethod(descriptor, invoke, _allowAnonymous);
        if (!_methods.TryAdd(method.Path, method))
            throw new InvalidOperationException($"{method.Path} is bound twice");
    }

    private sealed class TypedWriter<T>(GrpcResponseStream stream) : IGrpcStreamWriter<T> where T : IMessage<T>
    {
        public Task WriteAsync(T message, CancellationToken cancellationToken) => stream.WriteMessageAsync(message, cancellationToken);

        public Task SendHeadersAsync(CancellationToken cancellationToken) => stream.SendHeadersAsync(cancellationToken);
    }
}
