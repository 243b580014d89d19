using MediaCore.Server.Grpc;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Hosting;

/// <summary>
/// Where and how the control API listens. The default is loopback h2c (HTTP/2 with prior knowledge, no TLS):
/// reachable only from this machine. With <see cref="CertificatePath"/> set it serves TLS (h2 via ALPN) instead.
/// </summary>
public sealed class ControlServerOptions
{
    public const int DefaultPort = 50051;

    public string Address { get; set; } = "127.0.0.1";
    /// <summary>0 picks a free port (tests); the bound port is <see cref="ControlServer.Port"/>.</summary>
    public int Port { get; set; } = DefaultPort;
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    /// <summary>The bearer token (configuration key Control:Token); else MEDIACORE_CONTROL_TOKEN; else <see cref="TokenFile"/>.</summary>
    public string? Token { get; set; }
    public string TokenFile { get; set; } = DefaultTokenFile();
    public int MaxMessageSize { get; set; } = GrpcEndpoint.DefaultMaxMessageSize;
    /// <summary>Replaces the default JSON-lines console logging (tests capture logs through this).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    public static string DefaultTokenFile() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "mediacore", ControlTokenSource.DefaultFileName);
}
