using System.Reflection;
using System.Runtime.InteropServices;
using MediaCore.Server.Grpc;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>mediacore.v1.Version: the server build (informational version "x.y.z+commit") and runtime.</summary>
public sealed class VersionService
{
    public const string ApiVersion = "mediacore.v1";

    public void Bind(GrpcServiceRegistry registry) =>
        registry.AddService(ControlApi.Version)
            .Unary<GetVersionRequest, GetVersionResponse>("Get", (_, _) => Task.FromResult(Get()));

    public static GetVersionResponse Get()
    {
        var assembly = typeof(VersionService).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        int plus = informational.IndexOf('+');
        return new GetVersionResponse
        {
            Version = plus < 0 ? informational : informational[..plus],
            Commit = plus < 0 ? "" : informational[(plus + 1)..],
            Runtime = RuntimeInformation.FrameworkDescription,
            ApiVersion = ApiVersion,
        };
    }
}
