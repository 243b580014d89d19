using MediaCore.Server.Protos.V1;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace MediaCore.Server.Grpc.Records;

/// <summary>The service descriptor of records.proto (messages are generated; the service comes from the file descriptor).</summary>
public static class RecordsApi
{
    public static ServiceDescriptor CallRecords =>
        RecordsReflection.Descriptor.Services.FirstOrDefault(s => s.Name == "CallRecords")
        ?? throw new InvalidOperationException("records.proto has no service CallRecords");
}
