using System.Net;
using MediaCore.Server.Hosting;

namespace MediaCore.Server.Tests.Hosting;

/// <summary>The control:, metrics:, http: and tenants: sections of the serve YAML: defaults, port 0, off, and errors.</summary>
public sealed class ServeServicesConfigTests
{
    [Fact]
    public void Defaults_AreTheLoopbackServicePorts()
    {
        var config = new ServeConfig();
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 50051), config.ControlListen);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 9090), config.MetricsListen);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 8080), config.HttpListen);
        Assert.True(config.BrowserEnabled && config.StreamsEnabled);
    }

    [Fact]
    public void Sections_BindAsWritten_PortZeroAndOffAccepted()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("serve.yaml"), """
            control: { listen: 127.0.0.1:0, token: abc, token_file: /tmp/t.token }
            metrics: { listen: "off" }
            http: { listen: 0.0.0.0:8081, browser: false, streams: on, streams_token: s3cret }
            tenants: { folder: /srv/tenants, default: city-clinic }
            """);
        var config = ServeConfigLoader.Load(temp.File("serve.yaml"));
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 0), config.ControlListen);
        Assert.Equal("abc", config.ControlToken);
        Assert.Equal("/tmp/t.token", config.ControlTokenFile);
        Assert.Null(config.MetricsListen);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 8081), config.HttpListen);
        Assert.False(config.BrowserEnabled);
        Assert.True(config.StreamsEnabled);
        Assert.Equal("s3cret", config.StreamsToken);
        Assert.Equal("/srv/tenants", config.TenantsFolder);
        Assert.Equal("city-clinic", config.DefaultTenant);
    }

    [Theory]
    [InlineData("control: { listen: nowhere }", "control.listen")]
    [InlineData("metrics: { listen: 9090 }", "metrics.listen")]
    [InlineData("http: { browser: maybe }", "http.browser")]
    [InlineData("http: { colour: blue }", "http.colour")]
    [InlineData("tenants: { dir: x }", "tenants.dir")]
    public void BadServiceValues_NameTheKey(string yaml, string key)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("serve.yaml"), yaml);
        var error = Assert.Throws<ConfigException>(() => ServeConfigLoader.Load(temp.File("serve.yaml")));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
