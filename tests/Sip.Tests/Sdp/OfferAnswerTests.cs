using MediaCore.Sip.Sdp;
using MediaCore.Sip.Tests.Messages;

namespace MediaCore.Sip.Tests.Sdp;

public class OfferAnswerTests
{
    private static SdpSession Parse(string text)
    {
        Assert.True(SdpSession.TryParse(text, out var s, out var error), error.ToString());
        return s;
    }

    private static string Offer(string mLine, string attributes, string connection = "c=IN IP4 203.0.113.10\n") =>
        "v=0\no=trunk 1 1 IN IP4 203.0.113.10\ns=-\n" + connection + "t=0 0\n" + mLine + "\n" + attributes;

    [Fact]
    public void Trunk_offer_gets_offerers_first_common_codec_and_telephone_event()
    {
        var negotiator = new SdpOfferAnswer();
        Assert.True(negotiator.TryCreateAnswer(Parse(SipSamples.TrunkOfferSdp), "198.51.100.5", 40000, 7, 1,
            out var answer, out var media, out var error));
        Assert.Equal(SdpNegotiationError.None, error);
        Assert.Equal("PCMA", media.Codec.Name); // the trunk listed PCMA first; ours says PCMU first
        Assert.Equal(8, media.Codec.PayloadType);
        Assert.Equal(101, media.TelephoneEventPayloadType);
        Assert.Equal("203.0.113.10", media.RemoteAddress);
        Assert.Equal(16384, media.RemotePort);
        Assert.Equal(SdpDirection.SendRecv, media.LocalDirection);
        Assert.False(media.RemoteIsHolding);

        var text = answer.ToString();
        Assert.Contains("m=audio 40000 RTP/AVP 8 101\r\n", text);
        Assert.Contains("a=rtpmap:8 PCMA/8000\r\n", text);
        Assert.Contains("a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\n", text);
        Assert.Contains("a=ptime:20\r\na=sendrecv\r\n", text);
        Assert.Contains("c=IN IP4 198.51.100.5\r\n", text);
        Assert.True(SdpSession.TryParse(answer.ToArray(), out _, out _));
    }

    [Fact]
    public void Local_preference_picks_our_first_codec()
    {
        var negotiator = new SdpOfferAnswer(preference: SdpCodecPreference.Local);
        Assert.True(negotiator.TryCreateAnswer(Parse(SipSamples.TrunkOfferSdp), "198.51.100.5", 40000, 7, 1, out _, out var media, out _));
        Assert.Equal("PCMU", media.Codec.Name);
        Assert.Equal(0, media.Codec.PayloadType);
    }

    [Fact]
    public void Dynamic_payload_types_of_the_offer_are_echoed()
    {
        var offer = Parse(Offer("m=audio 5004 RTP/AVP 96 97", "a=rtpmap:96 opus/48000/2\na=rtpmap:97 telephone-event/48000\na=fmtp:97 0-15\n"));
        Assert.True(new SdpOfferAnswer().TryCreateAnswer(offer, "192.0.2.1", 6000, 1, 1, out var answer, out var media, out _));
        Assert.Equal("opus", media.Codec.Name);
        Assert.Equal(96, media.Codec.PayloadType);
        Assert.Equal(97, media.TelephoneEventPayloadType);
        var m = answer.Media[0];
        Assert.Equal(new[] { "96", "97" }, m.Formats);
        Assert.Contains(new SdpRtpMap(96, "opus", 48000, 2), m.RtpMaps);
        Assert.Contains(new SdpRtpMap(97, "telephone-event", 48000), m.RtpMaps);
        Assert.Equal("0-15", m.GetFmtp(97));
    }

    [Theory]
    [InlineData("sendonly", SdpDirection.RecvOnly, true)]
    [InlineData("recvonly", SdpDirection.SendOnly, false)]
    [InlineData("inactive", SdpDirection.Inactive, true)]
    [InlineData("sendrecv", SdpDirection.SendRecv, false)]
    public void Direction_answer_rules_and_hold(string offered, SdpDirection expected, bool hold)
    {
        var offer = Parse(Offer("m=audio 5004 RTP/AVP 0", "a=" + offered + "\n"));
        Assert.True(new SdpOfferAnswer().TryCreateAnswer(offer, "192.0.2.1", 6000, 1, 2, out var answer, out var media, out _));
        Assert.Equal(expected, media.LocalDirection);
        Assert.Equal(expected, answer.Media[0].ExplicitDirection);
        Assert.Equal(hold, media.RemoteIsHolding);
        Assert.Equal(hold, SdpHoldDetector.IsHold(offer));
    }

    [Fact]
    public void Null_connection_address_is_old_style_hold()
    {
        var offer = Parse(Offer("m=audio 5004 RTP/AVP 0", "", connection: "c=IN IP4 0.0.0.0\n"));
        Assert.True(SdpHoldDetector.IsHold(offer));
        Assert.True(new SdpOfferAnswer().TryCreateAnswer(offer, "192.0.2.1", 6000, 1, 2, out _, out var media, out _));
        Assert.True(media.RemoteIsHolding);
    }

    [Fact]
    public void Port_zero_and_non_audio_streams_are_rejected_with_port_zero()
    {
        var offer = Parse(Offer("m=audio 0 RTP/AVP 0\nm=video 5006 RTP/AVP 31\nm=audio 5004 RTP/AVP 18 0", ""));
        Assert.True(new SdpOfferAnswer().TryCreateAnswer(offer, "192.0.2.1", 6000, 1, 1, out var answer, out var media, out _));
        Assert.Equal(3, answer.Media.Count);
        Assert.Equal(0, answer.Media[0].Port);
        Assert.Equal("audio", answer.Media[0].Media);
        Assert.Equal(0, answer.Media[1].Port);
        Assert.Equal(new[] { "31" }, answer.Media[1].Formats);
        Assert.Equal(6000, answer.Media[2].Port);
        Assert.Equal(2, media.MediaIndex);
        Assert.Equal("PCMU", media.Codec.Name);
        Assert.Null(media.TelephoneEventPayloadType);
        Assert.True(SdpSession.TryParse(answer.ToString(), out _, out _));
    }

    [Fact]
    public void No_common_codec_fails_with_the_488_warning()
    {
        var offer = Parse(Offer("m=audio 5004 RTP/AVP 18 9", ""));
        Assert.False(new SdpOfferAnswer().TryCreateAnswer(offer, "192.0.2.1", 6000, 1, 1, out var answer, out var media, out var error));
        Assert.Null(answer);
        Assert.Null(media);
        Assert.Equal(SdpNegotiationError.NoCommonCodec, error);
        Assert.Equal("305 mediacore.example.com \"Incompatible media format\"", SdpOfferAnswer.IncompatibleMediaWarning("mediacore.example.com"));

        var srtpOnly = Parse(Offer("m=audio 5004 RTP/SAVP 0", ""));
        Assert.False(new SdpOfferAnswer().TryCreateAnswer(srtpOnly, "192.0.2.1", 6000, 1, 1, out _, out _, out error));
        Assert.Equal(SdpNegotiationError.NoAudioStream, error);
    }

    [Fact]
    public void Our_offer_then_their_answer()
    {
        var negotiator = new SdpOfferAnswer();
        var offer = negotiator.CreateOffer("192.0.2.1", 7000, 42, 1);
        string text = offer.ToString();
        Assert.Contains("m=audio 7000 RTP/AVP 0 8 111 101\r\n", text);
        Assert.Contains("a=rtpmap:111 opus/48000/2\r\n", text);
        Assert.Contains("a=fmtp:101 0-16\r\n", text);
        Assert.Contains("a=ptime:20\r\na=sendrecv\r\n", text);
        Assert.True(SdpSession.TryParse(offer.ToArray(), out var reparsed, out _));
        Assert.Equal(text, reparsed.ToString());

        // A far end that answers with the offer and its own choices: it plays the answerer role.
        Assert.True(new SdpOfferAnswer(preference: SdpCodecPreference.Local, codecs: new[] { SdpCodec.Pcma, SdpCodec.TelephoneEvent })
            .TryCreateAnswer(offer, "203.0.113.9", 30000, 9, 1, out var answer, out _, out _, SdpDirection.RecvOnly));

        Assert.True(negotiator.TryApplyAnswer(offer, answer, out var media, out var error), error.ToString());
        Assert.Equal("PCMA", media.Codec.Name);
        Assert.Equal(101, media.TelephoneEventPayloadType);
        Assert.Equal("203.0.113.9", media.RemoteAddress);
        Assert.Equal(30000, media.RemotePort);
        Assert.Equal(SdpDirection.SendOnly, media.LocalDirection); // they only receive
    }

    [Fact]
    public void Answer_that_does_not_match_is_rejected()
    {
        var negotiator = new SdpOfferAnswer();
        var offer = negotiator.CreateOffer("192.0.2.1", 7000, 42, 1);
        var wrongCodec = Parse(Offer("m=audio 5004 RTP/AVP 18", ""));
        Assert.False(negotiator.TryApplyAnswer(offer, wrongCodec, out _, out var error));
        Assert.Equal(SdpNegotiationError.AnswerDoesNotMatchOffer, error);
        var rejected = Parse(Offer("m=audio 0 RTP/AVP 0", ""));
        Assert.False(negotiator.TryApplyAnswer(offer, rejected, out _, out error));
        Assert.Equal(SdpNegotiationError.NoCommonCodec, error);
        var twoStreams = Parse(Offer("m=audio 5004 RTP/AVP 0\nm=audio 5006 RTP/AVP 0", ""));
        Assert.False(negotiator.TryApplyAnswer(offer, twoStreams, out _, out error));
        Assert.Equal(SdpNegotiationError.AnswerDoesNotMatchOffer, error);
    }
}
