using System.Net;
using MediaCore.Server.Hosting;
using MediaCore.Sip.Trunks;

namespace MediaCore.Server.Tests;

/// <summary>`mediacore serve --config`: a full file binds as written; a bad one names the file, the key and why.</summary>
public sealed class ServeConfigTests
{
    private const string Full = """
        sip:
          udp: 127.0.0.1:5070
          tcp: "off"
          codecs: [PCMA, opus]
        rtp:
          address: 127.0.0.1
          advertised_address: 192.0.2.7
          ports: 30000-30099
          media_timeout_seconds: 12.5
        trunks:
          - name: exotel-main
            kind: exotel
            allowed_cidrs: [203.0.113.0/24, 127.0.0.1]
            inbound_auth: { username: ex, password: secret, realm: mediacore }
            dids:
              "+918000000001": cafe
            default_tenant: demo
            outbound_proxy: 203.0.113.10:5060
            outbound_transport: tcp
        """;

    [Fact]
    public void FullFile_BindsEveryKey()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("serve.yaml"), Full);
        var config = ServeConfigLoader.Load(temp.File("serve.yaml"));
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 5070), config.SipUdp);
        Assert.Null(config.SipTcp);
        Assert.Equal(["PCMA", "opus", "telephone-event"], config.Codecs.Select(c => c.Name));
        Assert.Equal(IPAddress.Parse("192.0.2.7"), config.AdvertisedAddress);
        Assert.Equal((30000, 30099), (config.RtpPorts.First, config.RtpPorts.Last));
        Assert.Equal(TimeSpan.FromSeconds(12.5), config.MediaTimeout);
        var trunk = Assert.Single(config.Trunks);
        Assert.Equal(("exotel-main", TrunkKind.Exotel), (trunk.Name, trunk.Kind));
        Assert.True(trunk.AcceptsSource(IPAddress.Parse("203.0.113.9")));
        Assert.False(trunk.AcceptsSource(IPAddress.Parse("198.51.100.1")));
        Assert.Equal(new TrunkCredentials("ex", "secret", "mediacore"), trunk.InboundAuth);
        Assert.Equal("cafe", trunk.TenantFor("+918000000001"));
        Assert.Equal("demo", trunk.TenantFor("+910000000000"));
        Assert.Equal(IPEndPoint.Parse("203.0.113.10:5060"), trunk.OutboundProxy);
    }

    [Theory]
    [InlineData("sip:\n  udpp: 127.0.0.1:5060\n", "sip.udpp", "unknown key")]
    [InlineData("trunks:\n  - name: a\n    allowed_cidr: [10.0.0.0/8]\n", "trunks[0].allowed_cidr", "unknown key")]
    [InlineData("trunks:\n  - name: a\n    allowed_cidrs: [10.0.0.0/33]\n", "trunks[0].allowed_cidrs", "not a CIDR")]
    [InlineData("trunks:\n  - kind: generic\n", "trunks[0].name", "is required")]
    [InlineData("trunks:\n  - name: a\n    kind: sipgate\n", "trunks[0].kind", "is not one of")]
    [InlineData("rtp:\n  ports: 30000\n", "rtp.ports", "port range")]
    [InlineData("rtp:\n  media_timeout_seconds: -1\n", "rtp.media_timeout_seconds", "positive")]
    [InlineData("sip:\n  udp: localhost\n", "sip.udp", "address:port")]
    [InlineData("sip:\n  codecs: [G729]\n", "sip.codecs", "not a supported codec")]
    [InlineData("trunks:\n  - name: a\n    inbound_auth: { username: u }\n", "trunks[0].inbound_auth.password", "is required")]
    [InlineData("sip: [\n", "", "not valid YAML")]
    public void BadFile_ServeExitsNonZero_NamingFileKeyAndReason(string yaml, string key, string reason)
    {
        using var temp = new TempFolder();
        string path = temp.File("bad.yaml");
        File.WriteAllText(path, yaml);
        var run = CliRun.Of("serve", "--config", path, "--handler", "echo");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Contains(key, run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_ServeExitsNonZero_NamingIt()
    {
        var run = CliRun.Of("serve", "--config", "/nonexistent/serve.yaml", "--handler", "echo");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/serve.yaml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownHandler_ServeExitsNonZero()
    {
        var run = CliRun.Of("serve", "--handler", "karaoke");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--handler", run.Error, StringComparison.Ordinal);
    }
}
