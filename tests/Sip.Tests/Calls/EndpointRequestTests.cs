using MediaCore.Sip.Calls;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Tests.Transport;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Tests.Calls;

/// <summary>How the endpoint answers requests (no sockets: bytes into the receive handler, responses captured).</summary>
public sealed class EndpointRequestTests
{
    [Fact]
    public async Task Options_200_WithAllowAndAccept()
    {
        await using var h = new StackHarness();
        h.Receive(StackHarness.Request(SipMethods.Options));
        var ok = h.Transport.LastResponse;
        Assert.Equal(200, ok.StatusCode);
        Assert.Contains(SipMethods.Invite, ok.Allow);
        Assert.Contains(SipMethods.Refer, ok.Allow);
        Assert.Contains("application/sdp", ok.Headers.GetFirst(SipHeaderNames.Accept));
    }

    [Theory]
    [InlineData("FOO", 501)]
    [InlineData(SipMethods.Register, 405)]
    [InlineData(SipMethods.Subscribe, 405)]
    public async Task UnknownOrUnservedMethod_AnsweredWithAllow(string method, int status)
    {
        await using var h = new StackHarness();
        h.Receive(StackHarness.Request(method));
        var response = h.Transport.LastResponse;
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(SipMethods.Bye, response.Allow);
    }

    [Fact]
    public async Task ByeOutsideDialog_481()
    {
        await using var h = new StackHarness();
        h.Receive(StackHarness.Request(SipMethods.Bye));
        Assert.Equal(481, h.Transport.LastResponse.StatusCode);
    }

    [Fact]
    public async Task RequireUnknownExtension_420WithUnsupported()
    {
        await using var h = new StackHarness();
        h.Receive(StackHarness.Invite(extra: "Require: 100rel\r\n"));
        var response = h.Transport.LastResponse;
        Assert.Equal(420, response.StatusCode);
        Assert.Contains("100rel", response.Unsupported);
    }

    [Fact]
    public async Task InviteFromUnknownSource_403_NoCallState()
    {
        var trunk = new TrunkProfile { Name = "office", AllowedSources = new[] { IpNetwork.Parse("10.0.0.0/8") }, DefaultTenant = "x" };
        await using var h = new StackHarness(new[] { trunk });
        int incoming = 0;
        h.Endpoint.IncomingCall += _ => incoming++;
        h.Receive(StackHarness.Invite());
        Assert.Equal(403, h.Transport.LastResponse.StatusCode);
        Assert.Equal(0, incoming);
        Assert.Equal(0, h.Media.Created);
        Assert.Equal(0, h.Endpoint.ActiveCallCount);
    }

    [Fact]
    public async Task InviteWithBadCredentials_403_AfterChallenge()
    {
        var trunk = new TrunkProfile
        {
            Name = "auth", AllowedSources = new[] { IpNetwork.Parse("127.0.0.1") }, DefaultTenant = "x",
            InboundAuth = new TrunkCredentials("u", "p", "realm.test"),
        };
        await using var h = new StackHarness(new[] { trunk });
        h.Receive(StackHarness.Invite(branch: "z9hG4bKa1", callId: "a1"));
        var challenge = h.Transport.LastResponse;
        Assert.Equal(401, challenge.StatusCode);
        var parsed = MediaCore.Sip.Auth.DigestChallenge.SelectStrongest(challenge.WwwAuthenticate)!;
        var creds = new MediaCore.Sip.Auth.DigestClient("u", "wrong").Respond(parsed, SipMethods.Invite, "sip:4420@127.0.0.1");

        h.Receive(StackHarness.Invite(branch: "z9hG4bKa2", callId: "a1", extra: "Authorization: " + creds + "\r\n"));

        Assert.Equal(403, h.Transport.LastResponse.StatusCode);
        Assert.Equal(0, h.Media.Created);
    }

    [Fact]
    public async Task NoCommonCodec_488_WithWarning305()
    {
        await using var h = new StackHarness();
        string g729Only = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 7000 RTP/AVP 18\r\na=rtpmap:18 G729/8000\r\n";
        int incoming = 0;
        h.Endpoint.IncomingCall += _ => incoming++;
        h.Receive(StackHarness.Invite(sdp: g729Only));
        var response = h.Transport.LastResponse;
        Assert.Equal(488, response.StatusCode);
        Assert.Equal(305, Assert.Single(response.Warnings).Code);
        Assert.Equal(0, incoming);
        Assert.Equal(h.Media.Created, h.Media.Disposed);
    }

    [Fact]
    public async Task NoHandler_480()
    {
        await using var h = new StackHarness();
        h.Receive(StackHarness.Invite());
        Assert.Equal(480, h.Transport.LastResponse.StatusCode);
        Assert.Equal(0, h.Endpoint.ActiveCallCount);
    }

    [Fact]
    public async Task InviteRetransmission_IsAbsorbed_AndResendsLastProvisional()
    {
        await using var h = new StackHarness();
        int incoming = 0;
        h.Endpoint.IncomingCall += c => { incoming++; c.Ring(); };
        h.Receive(StackHarness.Invite());
        h.Receive(StackHarness.Invite());
        Assert.Equal(1, incoming);
        var codes = h.Transport.Sent.Select(s => ((SipResponse)s.Message!).StatusCode).ToArray();
        Assert.Equal(new[] { 100, 180, 180 }, codes);
    }

    [Fact]
    public async Task Answer_200CarriesSdpAnswerContactAndToTag_AckEstablishes()
    {
        await using var h = new StackHarness();
        SipCall? call = null;
        bool answered = false;
        h.Endpoint.IncomingCall += c => { call = c; c.Answered += _ => answered = true; c.Answer(); };
        h.Receive(StackHarness.Invite());
        var ok = h.Transport.LastResponse;
        Assert.Equal(200, ok.StatusCode);
        Assert.Equal("application/sdp", ok.ContentType!.Value);
        Assert.Contains("m=audio 30000 RTP/AVP 0 101", ok.BodyText);
        Assert.NotNull(ok.To!.Tag);
        Assert.Single(ok.Contacts);
        Assert.Equal(CallState.Answering, call!.State);

        h.Receive($"ACK sip:mediacore@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5071;branch=z9hG4bKack\r\nMax-Forwards: 70\r\n" +
                  $"From: <sip:+15551234567@127.0.0.1>;tag=f1\r\nTo: <sip:4420@127.0.0.1>;tag={ok.To.Tag}\r\nCall-ID: h1@test\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n");
        Assert.True(answered);
        Assert.Equal(CallState.Established, call.State);
    }

    [Fact]
    public async Task UnackedOk_IsRetransmitted_ThenByeAndNoAck()
    {
        await using var h = new StackHarness(t1: TimeSpan.FromMilliseconds(20));
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Endpoint.IncomingCall += c => { c.Ended += (_, e) => ended.TrySetResult(e); c.Answer(); };
        h.Receive(StackHarness.Invite());
        var end = await ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(CallEndReason.NoAck, end.Reason);
        var sent = h.Transport.Sent.Select(s => s.Message).ToList();
        Assert.True(sent.OfType<SipResponse>().Count(r => r.StatusCode == 200) >= 4, "200 retransmitted with T1 doubling");
        Assert.Contains(sent.OfType<SipRequest>(), r => r.Method == SipMethods.Bye);
    }

    [Fact]
    public async Task RportRequested_ResponseGoesToSourcePort_WithReceivedAndRport()
    {
        await using var h = new StackHarness();
        h.Receive(StackHarness.Request(SipMethods.Options, via: "SIP/2.0/UDP 10.1.2.3:5999;rport"));
        var (message, to, _) = h.Transport.Sent.Last();
        var via = ((SipResponse)message!).TopVia!;
        Assert.Equal(StackHarness.From127.Remote, to);
        Assert.Equal("127.0.0.1", via.Received);
        Assert.Equal(40000, via.RPort);
    }

    [Fact]
    public async Task NoRport_ResponseGoesToViaPortAtReceivedAddress()
    {
        await using var h = new StackHarness();
        h.Receive(StackHarness.Request(SipMethods.Options, via: "SIP/2.0/UDP 10.1.2.3:5999"));
        var (message, to, _) = h.Transport.Sent.Last();
        Assert.Equal(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 5999), to);
        Assert.Equal("127.0.0.1", ((SipResponse)message!).TopVia!.Received);
    }

    [Fact]
    public async Task Dtmf_FromMedia_RaisedOnCall_AndSendDtmfGoesToMedia()
    {
        var factory = new PortOnlyCallMediaFactory();
        var transport = new CapturingTransport();
        await using var endpoint = new SipEndpoint(new SipEndpointOptions(), factory, new[] { transport });
        endpoint.Start();
        var digits = new List<char>();
        SipCall? call = null;
        endpoint.IncomingCall += c => { call = c; c.DtmfReceived += (_, d) => digits.Add(d); c.Answer(); };
        endpoint.Transport.Receive(System.Text.Encoding.UTF8.GetBytes(StackHarness.Invite()), StackHarness.From127);
        string tag = transport.LastResponse.To!.Tag!;
        endpoint.Transport.Receive(System.Text.Encoding.UTF8.GetBytes(
            $"ACK sip:x@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5071;branch=z9hG4bKack\r\nMax-Forwards: 70\r\n" +
            $"From: <sip:+15551234567@127.0.0.1>;tag=f1\r\nTo: <sip:4420@127.0.0.1>;tag={tag}\r\nCall-ID: h1@test\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n"), StackHarness.From127);

        factory.Created.Single().RaiseDtmf('5');
        Assert.True(call!.SendDtmf('#'));
        Assert.Equal(new[] { '5' }, digits);
        Assert.Equal(new[] { '#' }, factory.Created.Single().SentDigits);
    }

    [Fact]
    public async Task IncomingRefer_202_NotifyTrying_ThenFinalSipfrag()
    {
        await using var h = new StackHarness();
        SipCall? call = null;
        MediaCore.Sip.Uris.AddressUri? target = null;
        h.Endpoint.IncomingCall += c => { call = c; c.TransferRequested += (_, uri) => target = uri; c.Answer(); };
        h.Receive(StackHarness.Invite());
        string tag = h.Transport.LastResponse.To!.Tag!;
        string inDialog(string method, int cseq, string branch, string extra = "") =>
            $"{method} sip:mediacore@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5071;branch={branch}\r\nMax-Forwards: 70\r\n" +
            $"From: <sip:+15551234567@127.0.0.1>;tag=f1\r\nTo: <sip:4420@127.0.0.1>;tag={tag}\r\nCall-ID: h1@test\r\nCSeq: {cseq} {method}\r\n{extra}Content-Length: 0\r\n\r\n";
        h.Receive(inDialog("ACK", 1, "z9hG4bKack"));
        h.Transport.Clear();

        h.Receive(inDialog("REFER", 2, "z9hG4bKref", "Refer-To: <sip:desk@10.0.0.8>\r\n"));

        var sent = h.Transport.Sent.Select(s => s.Message!).ToList();
        Assert.Equal(202, ((SipResponse)sent[0]).StatusCode);
        var trying = (SipRequest)sent[1];
        Assert.Equal(SipMethods.Notify, trying.Method);
        Assert.Equal("refer", trying.Event!.Value);
        Assert.StartsWith("SIP/2.0 100 Trying", trying.BodyText, StringComparison.Ordinal);
        Assert.Equal("sip:desk@10.0.0.8", target!.ToString());

        call!.ReportTransferResult(200);
        var final = (SipRequest)h.Transport.Sent.Last().Message!;
        Assert.StartsWith("SIP/2.0 200 OK", final.BodyText, StringComparison.Ordinal);
        Assert.Equal("terminated", final.SubscriptionState!.Value);
        Assert.True(final.CSeq!.Value.Number > trying.CSeq!.Value.Number);
    }

    [Fact]
    public async Task UnansweredInbound_MediaTimeout_480()
    {
        var factory = new PortOnlyCallMediaFactory();
        var transport = new CapturingTransport();
        await using var endpoint = new SipEndpoint(new SipEndpointOptions(), factory, new[] { transport });
        endpoint.Start();
        CallEndedEventArgs? end = null;
        endpoint.IncomingCall += c => { c.Ended += (_, e) => end = e; c.Ring(); };
        endpoint.Transport.Receive(System.Text.Encoding.UTF8.GetBytes(StackHarness.Invite()), StackHarness.From127);

        factory.Created.Single().RaiseTimeout();

        Assert.Equal(480, transport.LastResponse.StatusCode);
        Assert.Equal(CallEndReason.MediaTimeout, end!.Reason);
    }

    [Fact]
    public async Task HandlerThatNeverDecides_Gets480AfterUnansweredTimeout()
    {
        var transport = new CapturingTransport();
        await using var endpoint = new SipEndpoint(new SipEndpointOptions { UnansweredTimeout = TimeSpan.FromMilliseconds(100) },
            new FixedPortMediaFactory(), new[] { transport });
        endpoint.Start();
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        endpoint.IncomingCall += c => c.Ended += (_, e) => ended.TrySetResult(e);
        endpoint.Transport.Receive(System.Text.Encoding.UTF8.GetBytes(StackHarness.Invite()), StackHarness.From127);

        var end = await ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(480, end.StatusCode);
        Assert.Equal(480, transport.LastResponse.StatusCode);
    }
}
