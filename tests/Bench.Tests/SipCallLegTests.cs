using System.Net;
using System.Net.Sockets;
using MediaCore.Bench.Load.Sip;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Sdp;

namespace MediaCore.Bench.Tests;

/// <summary>The bench UAC against a scripted UAS on a real loopback socket.</summary>
public sealed class SipCallLegTests
{
    private static readonly SipTimers FastTimers = new() { T1 = TimeSpan.FromMilliseconds(50), T2 = TimeSpan.FromMilliseconds(400) };

    [Fact]
    public async Task Retransmits_the_invite_until_answered_then_acks_a_busy_on_the_same_branch()
    {
        using var uas = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        uas.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        await using var client = new LoadSipClient((IPEndPoint)uas.LocalEndPoint!);
        var negotiator = new SdpOfferAnswer([SdpCodec.Pcmu]);
        var invite = TimedLeg(client).InviteAsync(negotiator.CreateOffer("127.0.0.1", 4000, 1, 1), negotiator, CancellationToken.None);

        var first = await ReceiveRequestAsync(uas);      // dropped: Timer A must fire
        var second = await ReceiveRequestAsync(uas);
        Assert.Equal(SipMethods.Invite, second.Request.Method);
        Assert.Equal(first.Request.TopVia!.Branch, second.Request.TopVia!.Branch);
        await uas.SendToAsync(SipResponseFactory.CreateResponse(second.Request, SipStatusCodes.BusyHere).ToArray(), second.From);

        var outcome = await invite.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(SipStatusCodes.BusyHere, outcome.StatusCode);
        Assert.False(outcome.Answered);
        Assert.True(outcome.Retransmissions >= 1);
        var ack = await ReceiveRequestAsync(uas);
        while (ack.Request.Method == SipMethods.Invite)
            ack = await ReceiveRequestAsync(uas);
        Assert.Equal(SipMethods.Ack, ack.Request.Method);
        Assert.Equal(first.Request.TopVia!.Branch, ack.Request.TopVia!.Branch);
    }

    [Fact]
    public async Task Gives_up_after_timer_b_without_any_response()
    {
        using var uas = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        uas.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        await using var client = new LoadSipClient((IPEndPoint)uas.LocalEndPoint!);
        var negotiator = new SdpOfferAnswer([SdpCodec.Pcmu]);
        var outcome = await TimedLeg(client).InviteAsync(negotiator.CreateOffer("127.0.0.1", 4000, 1, 1), negotiator, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(0, outcome.StatusCode);
        Assert.True(outcome.Retransmissions >= 4);   // 50, 100, 200, 400, 800, 1600 ms … within 64·T1 = 3.2 s
    }

    private static SipCallLeg TimedLeg(LoadSipClient client) => client.CreateLeg(timers: FastTimers);

    private static async Task<(SipRequest Request, EndPoint From)> ReceiveRequestAsync(Socket socket)
    {
        var buffer = new byte[65_535];
        var result = await socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(SipMessageParser.TryParse(buffer.AsSpan(0, result.ReceivedBytes), out var message, out _));
        return ((SipRequest)message, result.RemoteEndPoint);
    }
}
