using System.Net;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Tests.Transport;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Tests.Calls;

public sealed class TrunkTests
{
    [Theory]
    [InlineData("203.0.113.0/24", "203.0.113.77", true)]
    [InlineData("203.0.113.0/24", "203.0.114.1", false)]
    [InlineData("10.0.0.0/8", "10.255.1.2", true)]
    [InlineData("192.168.1.128/25", "192.168.1.127", false)]
    [InlineData("192.168.1.128/25", "192.168.1.200", true)]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "127.0.0.2", false)]
    [InlineData("::1/128", "::1", true)]
    [InlineData("2001:db8::/32", "2001:db8:1::5", true)]
    [InlineData("10.0.0.0/8", "::ffff:10.1.1.1", true)]
    [InlineData("10.0.0.0/8", "2001:db8::1", false)]
    public void Cidr_Contains(string cidr, string address, bool expected) =>
        Assert.Equal(expected, IpNetwork.Parse(cidr).Contains(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("not-an-ip/8")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/")]
    public void Cidr_RejectsBadInput(string text) => Assert.False(IpNetwork.TryParse(text, out _));

    [Fact]
    public async Task DidMapsToTenant_UnknownDidWithoutDefault_404()
    {
        var trunk = new TrunkProfile
        {
            Name = "exotel-main", Kind = TrunkKind.Exotel, AllowedSources = new[] { IpNetwork.Parse("127.0.0.0/8") },
            DidToTenant = new Dictionary<string, string> { ["4420"] = "momo-house" },
        };
        await using var h = new StackHarness(new[] { trunk });
        string? tenant = null;
        h.Endpoint.IncomingCall += c => { tenant = c.Tenant; c.Reject(486); };

        h.Receive(StackHarness.Invite());
        Assert.Equal("momo-house", tenant);

        h.Receive(StackHarness.Invite(branch: "z9hG4bKother", callId: "other").Replace("sip:4420@127.0.0.1 SIP/2.0", "sip:9999@127.0.0.1 SIP/2.0"));
        Assert.Equal(404, h.Transport.LastResponse.StatusCode);
    }

    [Fact]
    public void DemoTrunk_AcceptsLoopbackOnly()
    {
        var demo = TrunkProfile.DemoLoopback();
        Assert.True(demo.AcceptsSource(IPAddress.Loopback));
        Assert.True(demo.AcceptsSource(IPAddress.IPv6Loopback));
        Assert.False(demo.AcceptsSource(IPAddress.Parse("198.51.100.4")));
        Assert.Equal("demo", demo.TenantFor("anything"));
    }

    [Fact]
    public async Task ValidCredentials_AfterChallenge_CreateTheCall()
    {
        var trunk = new TrunkProfile
        {
            Name = "auth", AllowedSources = new[] { IpNetwork.Parse("127.0.0.1") }, DefaultTenant = "x",
            InboundAuth = new TrunkCredentials("u", "p", "realm.test"),
        };
        await using var h = new StackHarness(new[] { trunk });
        int incoming = 0;
        h.Endpoint.IncomingCall += c => { incoming++; c.Answer(); };
        h.Receive(StackHarness.Invite(branch: "z9hG4bKa1", callId: "a1"));
        Assert.Equal(0, incoming);
        var challenge = MediaCore.Sip.Auth.DigestChallenge.SelectStrongest(h.Transport.LastResponse.WwwAuthenticate)!;
        var creds = new MediaCore.Sip.Auth.DigestClient("u", "p").Respond(challenge, SipMethods.Invite, "sip:4420@127.0.0.1");

        h.Receive(StackHarness.Invite(branch: "z9hG4bKa2", callId: "a1", extra: "Authorization: " + creds + "\r\n"));

        Assert.Equal(1, incoming);
        Assert.Equal(200, h.Transport.LastResponse.StatusCode);
    }
}
