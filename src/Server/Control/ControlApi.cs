using MediaCore.Server.Protos.V1;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace MediaCore.Server.Control;

/// <summary>The service descriptors of control.proto (messages are generated; services come from the file descriptor).</summary>
public static class ControlApi
{
    public const string Package = "mediacore.v1";
    public static ServiceDescriptor CallControl => Service("CallControl");
    public static ServiceDescriptor Tenants => Service("Tenants");
    public static ServiceDescriptor Health => Service("Health");
    public static ServiceDescriptor Version => Service("Version");

    private static ServiceDescriptor Service(string name) =>
        ControlReflection.Descriptor.Services.FirstOrDefault(s => s.Name == name)
        ?? throw new InvalidOperationException($"control.proto has no service {name}");
}
