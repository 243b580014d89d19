using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Tests.Messages;

public class RequestFactoryTests
{
    private static SipRequest Invite()
    {
        var wire = SipSamples.Build("""
            INVITE sip:bob@example.com SIP/2.0
            Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKtop;rport
            Via: SIP/2.0/UDP 192.0.2.9;branch=z9hG4bKlower
            Route: <sip:p1.example.com;lr>
            Max-Forwards: 69
            To: <sip:bob@example.com>
            From: <sip:alice@example.com>;tag=1
            Call-ID: factory@192.0.2.1
            CSeq: 7 INVITE
            Content-Length: X
            """);
        Assert.True(SipMessageParser.TryParse(wire, out var m, out _));
        return (SipRequest)m;
    }

    [Fact]
    public void Cancel_matches_the_invite_transaction()
    {
        var invite = Invite();
        var cancel = SipRequestFactory.CreateCancel(invite);
        Assert.Equal("CANCEL", cancel.Method);
        Assert.Equal(invite.RequestUri, cancel.RequestUri);
        var via = Assert.Single(cancel.Vias);
        Assert.Equal("z9hG4bKtop", via.Branch);
        Assert.Equal(new MediaCore.Sip.Messages.Headers.SipCSeq(7, "CANCEL"), cancel.CSeq);
        Assert.Single(cancel.Routes);
        Assert.Null(cancel.To!.Tag);
        Assert.True(SipMessageParser.TryParse(cancel.ToArray(), out _, out var error), error.ToString());
    }

    [Fact]
    public void Ack_for_error_response_takes_the_responses_to_tag()
    {
        var invite = Invite();
        var busy = SipResponseFactory.CreateResponse(invite, 486, toTag: "uas-tag");
        var ack = SipRequestFactory.CreateAckForNonSuccess(invite, busy);
        Assert.Equal("ACK", ack.Method);
        Assert.Equal("uas-tag", ack.To!.Tag);
        Assert.Equal(7, ack.CSeq!.Value.Number);
        Assert.Equal("ACK", ack.CSeq.Value.Method);
        Assert.Equal("z9hG4bKtop", ack.TopVia!.Branch);
        Assert.True(SipMessageParser.TryParse(ack.ToArray(), out _, out var error), error.ToString());
    }
}
