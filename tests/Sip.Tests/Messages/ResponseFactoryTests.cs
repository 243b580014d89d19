using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Tests.Messages;

public class ResponseFactoryTests
{
    private static SipRequest Invite()
    {
        Assert.True(SipMessageParser.TryParse(SipSamples.TrunkInvite, out var message, out _));
        return (SipRequest)message;
    }

    [Fact]
    public void Trying_copies_headers_without_to_tag()
    {
        var invite = Invite();
        var trying = SipResponseFactory.CreateResponse(invite, 100);
        Assert.Equal("Trying", trying.ReasonPhrase);
        Assert.Equal(invite.Headers.GetAll("Via"), trying.Headers.GetAll("Via"));
        Assert.Equal(invite.Headers.GetFirst("From"), trying.Headers.GetFirst("From"));
        Assert.Equal(invite.Headers.GetFirst("To"), trying.Headers.GetFirst("To"));
        Assert.Null(trying.To!.Tag);
        Assert.Equal(invite.CallId, trying.CallId);
        Assert.Equal(invite.CSeq, trying.CSeq);
        Assert.Empty(trying.RecordRoutes);
        Assert.True(SipMessageParser.TryParse(trying.ToArray(), out var parsed, out var error), error.ToString());
        Assert.IsType<SipResponse>(parsed);
    }

    [Fact]
    public void Final_response_adds_to_tag_and_copies_record_route()
    {
        var invite = Invite();
        var ok = SipResponseFactory.CreateResponse(invite, 200, toTag: "abc123");
        Assert.Equal("abc123", ok.To!.Tag);
        Assert.Equal("sip:+15551230000@198.51.100.5", ok.To.Uri.ToString());
        Assert.Single(ok.RecordRoutes);

        var random = SipResponseFactory.CreateResponse(invite, 486);
        Assert.True(random.To!.Tag!.Length >= 8);
        Assert.Equal("Busy Here", random.ReasonPhrase);
    }

    [Fact]
    public void Existing_to_tag_is_kept()
    {
        Assert.True(SipMessageParser.TryParse(SipSamples.Bye, out var bye, out _));
        var ok = SipResponseFactory.CreateResponse((SipRequest)bye, 200, toTag: "ignored");
        Assert.Equal("8f3c1e2a", ok.To!.Tag);
    }

    [Fact]
    public void New_branch_has_magic_cookie() =>
        Assert.StartsWith("z9hG4bK", SipResponseFactory.NewBranch());
}

public class SerializerAllocationTests
{
    [Fact]
    public void Writing_a_response_into_a_buffer_allocates_nothing()
    {
        var response = new SipResponse(200);
        response.Headers.Add("Via", "SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1");
        response.Headers.Add("Call-ID", "x@y");
        response.SetBody("application/sdp", "v=0\r\n");
        var buffer = new byte[1024];
        Assert.Equal(0, AllocationProbe.FewestBytes(() =>
        {
            for (int i = 0; i < 1000; i++) response.TryWrite(buffer, out _);
        }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(123456)]
    public void Serialized_size_is_exact_for_any_body_length(int bodyLength)
    {
        var response = new SipResponse(100, "") { Body = new byte[bodyLength] };
        Assert.Equal(response.ToArray().Length, response.GetSerializedSize());
        Assert.EndsWith("Content-Length: " + bodyLength + "\r\n\r\n", System.Text.Encoding.ASCII.GetString(response.ToArray(), 0, response.GetSerializedSize() - bodyLength));
    }
}

public class NotAcceptableHereTests
{
    [Fact]
    public void Incompatible_media_488_carries_a_305_warning()
    {
        Assert.True(MediaCore.Sip.Parsing.SipMessageParser.TryParse(SipSamples.TrunkInvite, out var invite, out _));
        var response = SipResponseFactory.CreateResponse((SipRequest)invite, SipStatusCodes.NotAcceptableHere);
        response.AddWarning(MediaCore.Sip.Messages.Headers.SipWarning.ForIncompatibleMedia("198.51.100.5"));
        Assert.Contains("\r\nWarning: 305 198.51.100.5 \"Incompatible media format\"\r\n", response.ToString());
        Assert.True(MediaCore.Sip.Parsing.SipMessageParser.TryParse(response.ToArray(), out var parsed, out _));
        var warning = Assert.Single(parsed.Warnings);
        Assert.Equal(305, warning.Code);
        Assert.Equal("Not Acceptable Here", ((SipResponse)parsed).ReasonPhrase);
    }
}
