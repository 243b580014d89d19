using System.Net;
using System.Text;
using MediaCore.Sip.Dialogs;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Tests.Dialogs;

public sealed class SipDialogTests
{
    private static readonly SipSource Peer = new(SipTransportProtocol.Udp, new IPEndPoint(IPAddress.Loopback, 5071));

    private static T Parse<T>(string text) where T : SipMessage =>
        SipMessageParser.TryParse(Encoding.ASCII.GetBytes(text), out var m, out var e) ? (T)m : throw new InvalidOperationException(e.ToString());

    private static SipRequest Invite() => Parse<SipRequest>(
        "INVITE sip:bob@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5071;branch=z9hG4bKd1\r\nMax-Forwards: 70\r\n" +
        "Record-Route: <sip:p1.example;lr>\r\nRecord-Route: <sip:p2.example;lr>\r\n" +
        "From: \"Alice\" <sip:alice@127.0.0.1>;tag=a1\r\nTo: <sip:bob@127.0.0.1>\r\nCall-ID: d1@test\r\nCSeq: 7 INVITE\r\n" +
        "Contact: <sip:alice@10.0.0.9:5071>\r\nContent-Length: 0\r\n\r\n");

    [Fact]
    public void Uas_TakesRouteSetInOrder_TargetFromContact_RemoteCSeq()
    {
        var dialog = SipDialog.CreateUas(Invite(), "b1", Peer);
        Assert.Equal(new DialogId("d1@test", "b1", "a1"), dialog.Id);
        Assert.Equal("sip:alice@10.0.0.9:5071", dialog.RemoteTarget.ToString());
        Assert.Equal(new[] { "<sip:p1.example;lr>", "<sip:p2.example;lr>" }, dialog.RouteSet.Select(r => r.ToString()));
        Assert.Equal(7, dialog.RemoteCSeq);
    }

    [Fact]
    public void Uas_Bye_HasSwappedTagsRoutesAndIncrementingCSeq()
    {
        var dialog = SipDialog.CreateUas(Invite(), "b1", Peer);
        var bye = dialog.CreateRequest(SipMethods.Bye);
        var next = dialog.CreateRequest(SipMethods.Info);

        Assert.Equal("sip:alice@10.0.0.9:5071", bye.RequestUri.ToString());
        Assert.Equal("b1", bye.From!.Tag);
        Assert.Equal("a1", bye.To!.Tag);
        Assert.Equal(1, bye.CSeq!.Value.Number);
        Assert.Equal(2, next.CSeq!.Value.Number);
        Assert.Equal(2, bye.Routes.Count);
        bye.PushVia(new MediaCore.Sip.Messages.Headers.SipVia("UDP", "127.0.0.1", 5060, "z9hG4bKx")); // the transaction layer's job
        Assert.True(SipMessageParser.TryParse(bye.ToArray(), out _, out var error), error.ToString());
    }

    [Fact]
    public void RemoteCSeq_LowerThanLast_IsRejected()
    {
        var dialog = SipDialog.CreateUas(Invite(), "b1", Peer);
        var old = Parse<SipRequest>(Invite().ToString().Replace("CSeq: 7 INVITE", "CSeq: 6 INVITE"));
        var newer = Parse<SipRequest>(Invite().ToString().Replace("CSeq: 7 INVITE", "CSeq: 8 INVITE"));
        Assert.False(dialog.AcceptRemoteCSeq(old));
        Assert.True(dialog.AcceptRemoteCSeq(newer));
        Assert.Equal(8, dialog.RemoteCSeq);
    }

    [Fact]
    public void Uac_RouteSetReversed_ConfirmTakesTagAndTarget_AckReusesInviteCSeq()
    {
        var invite = Invite();
        var ok = SipResponseFactory.CreateResponse(invite, 200, toTag: "b9");
        ok.Headers.Add(SipHeaderNames.Contact, "<sip:bob@10.0.0.7>");
        var dialog = SipDialog.CreateUac(invite, ok, Peer);
        dialog.Confirm(ok);

        Assert.Equal(DialogState.Confirmed, dialog.State);
        Assert.Equal(new DialogId("d1@test", "a1", "b9"), dialog.Id);
        Assert.Equal(new[] { "<sip:p2.example;lr>", "<sip:p1.example;lr>" }, dialog.RouteSet.Select(r => r.ToString()));
        var ack = dialog.CreateAck(7);
        Assert.Equal("7 ACK", ack.CSeq!.Value.ToString());
        Assert.Equal(AddressUri.Parse("sip:bob@10.0.0.7").ToString(), ack.RequestUri.ToString());
        Assert.Equal(8, dialog.CreateRequest(SipMethods.Bye).CSeq!.Value.Number);
    }
}
