using System.Text;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Tests.Messages;

public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(SipSamples.All), MemberType = typeof(SipSamples))]
    public void Bytes_to_message_to_same_bytes(string name, byte[] wire)
    {
        Assert.True(SipMessageParser.TryParse(wire, SipParseLimits.Default, out var message, out var error), name + ": " + error);
        Assert.Equal(SipParseError.None, error);
        Assert.Equal(wire.Length, message.GetSerializedSize());
        Assert.Equal(Encoding.UTF8.GetString(wire), Encoding.UTF8.GetString(message.ToArray()));

        var exact = new byte[wire.Length];
        Assert.True(message.TryWrite(exact, out int written));
        Assert.Equal(wire.Length, written);
        Assert.False(message.TryWrite(new byte[wire.Length - 1], out _));
    }

    [Fact]
    public void Invite_typed_headers()
    {
        Assert.True(SipMessageParser.TryParse(SipSamples.TrunkInvite, out var message, out _));
        var invite = Assert.IsType<SipRequest>(message);
        Assert.Equal("INVITE", invite.Method);
        var ruri = Assert.IsType<SipUri>(invite.RequestUri);
        Assert.Equal("+15551230000", ruri.User);
        Assert.Equal("198.51.100.5", ruri.Host);
        Assert.Equal(5060, ruri.Port);
        Assert.Equal("phone", ruri.Parameters.Get("user"));

        var via = Assert.Single(invite.Vias);
        Assert.Equal("UDP", via.Transport);
        Assert.Equal("203.0.113.10", via.Host);
        Assert.Equal(5060, via.Port);
        Assert.Equal("z9hG4bK-524287-1---5f3a", via.Branch);
        Assert.True(via.HasRfc3261Branch);
        Assert.True(via.HasRPort);
        Assert.Null(via.RPort);

        Assert.Equal("ACME Corp", invite.From!.DisplayName);
        Assert.Equal("a73kszlfl", invite.From.Tag);
        Assert.Null(invite.To!.Tag);
        Assert.Equal("1j9FpLxk3uxtm8tn@203.0.113.10", invite.CallId);
        Assert.Equal(102, invite.CSeq!.Value.Number);
        Assert.Equal("INVITE", invite.CSeq.Value.Method);
        Assert.Equal(69, invite.MaxForwards);
        Assert.Equal("application/sdp", invite.ContentType!.Value);
        Assert.Equal(invite.Body.Length, invite.ContentLength);
        Assert.Equal(9, invite.Allow.Count);
        Assert.Equal(new[] { "replaces", "timer" }, invite.Supported);
        Assert.Empty(invite.Require);
        Assert.Equal("TrunkSBC/4.2", invite.UserAgent);
        var rr = Assert.Single(invite.RecordRoutes);
        Assert.True(((SipUri)rr.Uri).IsLooseRouter);
        var contact = Assert.Single(invite.Contacts);
        Assert.Equal("udp", ((SipUri)contact.Uri!).Transport);
        Assert.StartsWith("v=0", invite.BodyText);
    }

    [Fact]
    public void Register_contact_params_and_401_challenge()
    {
        Assert.True(SipMessageParser.TryParse(SipSamples.Register, out var register, out _));
        var contact = Assert.Single(register.Contacts);
        Assert.Equal(3600, contact.Expires);
        Assert.Equal(0.7, contact.Q);
        Assert.Equal("<urn:uuid:00000000-0000-1000-8000-000A95A0E128>", contact.Parameters.GetUnquoted("+sip.instance"));
        Assert.Equal(7200, register.Expires);
        Assert.Equal("Bob", register.To!.DisplayName);

        Assert.True(SipMessageParser.TryParse(SipSamples.Unauthorized401, out var challenge, out _));
        var response = Assert.IsType<SipResponse>(challenge);
        Assert.Equal(401, response.StatusCode);
        Assert.Equal("Unauthorized", response.ReasonPhrase);
        Assert.StartsWith("Digest realm=\"example.com\"", Assert.Single(response.WwwAuthenticate));
        Assert.Equal(49152, response.TopVia!.RPort);
        Assert.Equal("192.0.2.33", response.TopVia.Received);
    }

    [Fact]
    public void Refer_notify_and_bye_headers()
    {
        Assert.True(SipMessageParser.TryParse(SipSamples.Refer, out var refer, out _));
        var referTo = (SipUri)refer.ReferTo!.Uri;
        Assert.Equal("agent42", referTo.User);
        Assert.Equal("Replaces", Assert.Single(referTo.Headers).Key);
        Assert.Equal("refer", refer.Event!.Value);
        Assert.NotNull(refer.ReferredBy);

        Assert.True(SipMessageParser.TryParse(SipSamples.NotifySipfrag, out var notify, out _));
        Assert.Equal("2", notify.Event!.Parameters.Get("id"));
        Assert.Equal("terminated", notify.SubscriptionState!.Value);
        Assert.Equal("noresource", notify.SubscriptionState.Parameters.Get("reason"));
        Assert.Equal("message/sipfrag", notify.ContentType!.Value);
        Assert.Equal("SIP/2.0 200 OK\r\n", notify.BodyText);

        Assert.True(SipMessageParser.TryParse(SipSamples.Bye, out var bye, out _));
        var reason = Assert.Single(bye.Reasons);
        Assert.Equal("Q.850", reason.Value);
        Assert.Equal("16", reason.Parameters.Get("cause"));
    }

    [Fact]
    public void Serializer_fixes_content_length_and_appends_it_when_missing()
    {
        Assert.True(SipMessageParser.TryParse(SipSamples.Options, out var options, out _));
        options.SetBody("text/plain", "hello");
        var reparsedOk = SipMessageParser.TryParse(options.ToArray(), out var reparsed, out _);
        Assert.True(reparsedOk);
        Assert.Equal(5, reparsed!.ContentLength);
        Assert.Equal("hello", reparsed.BodyText);

        options.Headers.RemoveAll("Content-Length");
        string text = options.ToString();
        Assert.Contains("\r\nContent-Length: 5\r\n\r\nhello", text);
    }

    [Fact]
    public void Built_request_serialises_and_parses_back()
    {
        var request = new SipRequest(SipMethods.Invite, AddressUri.Parse("sip:bob@example.com"));
        var via = new MediaCore.Sip.Messages.Headers.SipVia("UDP", "192.0.2.1", 5060, SipResponseFactory.NewBranch());
        via.RequestRPort();
        request.PushVia(via);
        request.MaxForwards = 70;
        request.Headers.Add("From", "\"Al \\\"the\\\" Ice\" <sip:alice@example.com>;tag=1928301774");
        request.Headers.Add("To", "<sip:bob@example.com>");
        request.CallId = "a84b4c76e66710@pc33.example.com";
        request.CSeq = new MediaCore.Sip.Messages.Headers.SipCSeq(314159, SipMethods.Invite);
        Assert.True(SipMessageParser.TryParse(request.ToArray(), out var parsed, out var error), error.ToString());
        Assert.Equal("Al \"the\" Ice", parsed.From!.DisplayName);
        Assert.True(parsed.TopVia!.HasRPort);
        Assert.Equal(0, parsed.Body.Length);
    }
}
