using System.Net;
using MediaCore.Media.Sessions;
using MediaCore.Server.Demo;
using MediaCore.Server.Hosting;

namespace MediaCore.Server.Tests.Hosting;

/// <summary>A serve configuration on free loopback ports with a private copy of samples/tenants (tests may edit it).</summary>
internal static class HostTestConfig
{
    public const string Token = "host-test-token-91ab";

    public static ServeConfig Create(TempFolder temp, bool http)
    {
        string tenants = Path.Combine(temp.Path, "tenants");
        Directory.CreateDirectory(tenants);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "samples", "tenants"), "*.yaml"))
            File.Copy(file, Path.Combine(tenants, Path.GetFileName(file)));
        int sip = LoopbackPorts.Free();
        int rtp = 20_000 + (Random.Shared.Next(0, 2_000) * 2);
        var any = new IPEndPoint(IPAddress.Loopback, 0);
        return new ServeConfig
        {
            SipUdp = new IPEndPoint(IPAddress.Loopback, sip),
            SipTcp = new IPEndPoint(IPAddress.Loopback, sip),
            RtpPorts = new RtpPortRange(rtp, rtp + 39),
            ControlListen = any,
            ControlToken = Token,
            ControlTokenFile = Path.Combine(temp.Path, "control.token"),
            MetricsListen = any,
            HttpListen = http ? any : null,
            TenantsFolder = tenants,
        };
    }
}
