using System.Text;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Tests.Messages;

namespace MediaCore.Sip.Tests.Sdp;

public class SdpParserTests
{
    private static string Crlf(string s) => s.Replace("\r\n", "\n").Replace("\n", "\r\n");

    private const string WebRtcLike = """
        v=0
        o=- 4611731400430051336 2 IN IP4 127.0.0.1
        s=-
        c=IN IP4 192.0.2.7
        b=AS:64
        t=0 0
        a=group:BUNDLE 0
        a=msid-semantic: WMS
        m=audio 9 UDP/TLS/RTP/SAVPF 111 0 8 126
        c=IN IP4 0.0.0.0
        a=rtcp:9 IN IP4 0.0.0.0
        a=candidate:1 1 udp 2122260223 192.0.2.7 54321 typ host generation 0
        a=ice-ufrag:abcd
        a=rtpmap:111 opus/48000/2
        a=fmtp:111 minptime=10;useinbandfec=1
        a=rtpmap:126 telephone-event/8000
        a=maxptime:60
        a=ptime:20
        a=sendrecv

        """;

    [Theory]
    [InlineData(SipSamples.TrunkOfferSdp)]
    [InlineData(WebRtcLike)]
    public void Bytes_to_session_to_same_bytes(string text)
    {
        var wire = Encoding.UTF8.GetBytes(Crlf(text));
        Assert.True(SdpSession.TryParse(wire, out var session, out var error), error.ToString());
        Assert.Equal(Crlf(text), session.ToString());
        Assert.Equal(wire.Length, session.GetSerializedSize());
        var buffer = new byte[wire.Length];
        Assert.True(session.TryWrite(buffer, out int written));
        Assert.Equal(wire, buffer[..written]);
    }

    [Fact]
    public void Trunk_offer_fields()
    {
        Assert.True(SdpSession.TryParse(SipSamples.TrunkOfferSdp, out var s, out _));
        Assert.Equal(3916826135UL, s.Origin.SessionId);
        Assert.Equal("203.0.113.10", s.Connection!.Address);
        var audio = Assert.Single(s.Media);
        Assert.Equal(16384, audio.Port);
        Assert.Equal(new[] { "8", "0", "18", "101" }, audio.Formats);
        Assert.Equal(4, audio.RtpMaps.Count);
        Assert.Equal("0-16", audio.GetFmtp(101));
        Assert.Equal("annexb=no", audio.GetFmtp(18));
        Assert.Equal(20, audio.Ptime);
        Assert.Equal(SdpDirection.SendRecv, s.DirectionOf(audio));
    }

    [Fact]
    public void Webrtc_like_attributes_are_tolerated()
    {
        Assert.True(SdpSession.TryParse(WebRtcLike, out var s, out _));
        var audio = s.Media[0];
        Assert.Equal(9, audio.RtcpPort);
        Assert.Equal(60, audio.MaxPtime);
        Assert.True(audio.HasAttribute("candidate"));
        Assert.Equal(new SdpRtpMap(111, "opus", 48000, 2), audio.RtpMaps[0]);
    }

    private static SdpParseError Fail(string text)
    {
        Assert.False(SdpSession.TryParse(text, out var s, out var error));
        Assert.Null(s);
        return error;
    }

    private const string Minimal = "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\n";

    [Fact]
    public void Minimal_parses() => Assert.True(SdpSession.TryParse(Minimal, out _, out _));

    [Theory]
    [InlineData("", SdpParseError.Empty)]
    [InlineData("\r\n\r\n", SdpParseError.Empty)]
    [InlineData("hello world", SdpParseError.BadLineFormat)]
    [InlineData("v=0\nV=1\n", SdpParseError.BadLineFormat)]
    [InlineData("v=0\no=- 1 1 IN IP4 1.2.3.4\ns=-\nx=1\n", SdpParseError.UnknownLineType)]
    [InlineData("o=- 1 1 IN IP4 192.0.2.1\n", SdpParseError.MissingVersion)]
    [InlineData("v=1\n", SdpParseError.BadVersion)]
    [InlineData("v=0\ns=-\n", SdpParseError.MissingOrigin)]
    [InlineData("v=0\no=- x 1 IN IP4 192.0.2.1\n", SdpParseError.BadOrigin)]
    [InlineData("v=0\no=- 1 1 IN IP4\n", SdpParseError.BadOrigin)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\nt=0 0\n", SdpParseError.MissingSessionName)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nm=audio 4000 RTP/AVP 0\n", SdpParseError.MissingTiming)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nt=now\n", SdpParseError.BadTiming)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP9 x\nt=0 0\n", SdpParseError.BadConnection)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nt=0 0\nm=audio 4000 RTP/AVP 0\n", SdpParseError.MissingConnection)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 99999 RTP/AVP 0\n", SdpParseError.BadMedia)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 200\n", SdpParseError.BadMedia)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP\n", SdpParseError.BadMedia)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\na=rtpmap:0 PCMU\n", SdpParseError.BadAttribute)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\na=ptime:abc\n", SdpParseError.BadAttribute)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\na=fmtp:101\n", SdpParseError.BadAttribute)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\no=- 1 1 IN IP4 192.0.2.1\n", SdpParseError.LineOutOfOrder)]
    [InlineData("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nr=7d 1h 0 25h\n", SdpParseError.LineOutOfOrder)]
    public void Garbage_is_rejected_with_a_named_error(string text, SdpParseError expected) => Assert.Equal(expected, Fail(text));

    [Fact]
    public void Oversized_body_is_too_large() =>
        Assert.Equal(SdpParseError.TooLarge, Fail(Minimal + string.Concat(Enumerable.Repeat("a=x-filler:" + new string('z', 100) + "\n", 700))));

    [Fact]
    public void Control_characters_are_rejected() =>
        Assert.Equal(SdpParseError.BadLineFormat, Fail(Minimal.Replace("s=-", "s=a\0b")));
}
