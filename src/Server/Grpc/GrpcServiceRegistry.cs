using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace MediaCore.Server.Grpc;

/// <summary>Every service and method the server answers, keyed by the HTTP/2 :path "/package.Service/Method".</summary>
public sealed class GrpcServiceRegistry
{
    private readonly Dictionary<string, GrpcMethod> _methods = new(StringComparer.Ordinal);
    private readonly HashSet<string> _services = new(StringComparer.Ordinal);

    public GrpcServiceBuilder AddService(ServiceDescriptor service)
    {
        if (!_services.Add(service.FullName))
            throw new InvalidOperationException($"{service.FullName} is registered twice");
        return new GrpcServiceBuilder(service, _methods);
    }

    internal GrpcLookup Find(string path, out GrpcMethod? method)
    {
        if (_methods.TryGetValue(path, out method))
            return GrpcLookup.Found;
        int slash = path.LastIndexOf('/');
        bool knownService = slash > 1 && _services.Contains(path[1..slash]);
        return knownService ? GrpcLookup.UnknownMethod : GrpcLookup.UnknownService;
    }
}

internal enum GrpcLookup { Found, UnknownService, UnknownMethod }
