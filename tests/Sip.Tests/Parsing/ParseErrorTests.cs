using System.Text;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Tests.Messages;

namespace MediaCore.Sip.Tests.Parsing;

/// <summary>One test per <see cref="SipParseError"/>, each checking the status code the transport would send.</summary>
public class ParseErrorTests
{
    private const string GoodHead = """
        OPTIONS sip:bob@example.com SIP/2.0
        Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK776asdhds
        Max-Forwards: 70
        To: <sip:bob@example.com>
        From: <sip:alice@example.com>;tag=1928301774
        Call-ID: a84b4c76e66710
        CSeq: 1 OPTIONS
        Content-Length: X
        """;

    private static SipParseError Parse(byte[] wire, SipParseLimits? limits = null)
    {
        Assert.False(SipMessageParser.TryParse(wire, limits ?? SipParseLimits.Default, out var message, out var error));
        Assert.Null(message);
        return error;
    }

    private static byte[] Replace(string from, string to, string head = GoodHead, string body = "") =>
        SipSamples.Build(head.Replace(from, to), body);

    private static void AssertError(SipParseError expected, int status, byte[] wire, SipParseLimits? limits = null)
    {
        Assert.Equal(expected, Parse(wire, limits));
        Assert.Equal(status, expected.ToStatusCode());
    }

    [Fact]
    public void Good_message_parses() => Assert.True(SipMessageParser.TryParse(SipSamples.Build(GoodHead), out _, out _));

    [Fact]
    public void Empty_is_a_keepalive_with_no_response() =>
        AssertError(SipParseError.Empty, 0, "\r\n\r\n"u8.ToArray());

    [Fact]
    public void Extra_spaces_in_request_line_is_bad_start_line() =>
        AssertError(SipParseError.BadStartLine, 400, Replace("OPTIONS sip:bob@example.com SIP/2.0", "OPTIONS  sip:bob@example.com  SIP/2.0"));

    [Fact]
    public void Bad_version_and_status_code_are_bad_start_line()
    {
        AssertError(SipParseError.BadStartLine, 400, Replace("SIP/2.0\n", "SIP/2\n"));
        AssertError(SipParseError.BadStartLine, 400, Replace("OPTIONS sip:bob@example.com SIP/2.0", "SIP/2.0 99 Nope"));
        AssertError(SipParseError.BadStartLine, 400, Replace("OPTIONS sip:bob@example.com SIP/2.0", "SIP/2.0 2000 OK"));
    }

    [Fact]
    public void Garbage_request_uri_is_bad_request_uri() =>
        AssertError(SipParseError.BadRequestUri, 400, Replace("sip:bob@example.com SIP", "sip:bob@exa<mple.com SIP"));

    [Fact]
    public void Header_without_colon_is_bad_header() =>
        AssertError(SipParseError.BadHeader, 400, Replace("Max-Forwards: 70", "Max-Forwards 70"));

    [Fact]
    public void Control_character_in_value_is_bad_header() =>
        AssertError(SipParseError.BadHeader, 400, Replace("Call-ID: a84b4c76e66710", "Call-ID: a84b4c76\0e66710"));

    [Fact]
    public void Missing_blank_line_is_incomplete_headers() =>
        AssertError(SipParseError.IncompleteHeaders, 400, Encoding.ASCII.GetBytes("OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h"));

    [Theory]
    [InlineData("Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK776asdhds\n")]
    [InlineData("Max-Forwards: 70\n")]
    [InlineData("To: <sip:bob@example.com>\n")]
    [InlineData("From: <sip:alice@example.com>;tag=1928301774\n")]
    [InlineData("Call-ID: a84b4c76e66710\n")]
    [InlineData("CSeq: 1 OPTIONS\n")]
    public void Each_missing_mandatory_header_is_400(string line) =>
        AssertError(SipParseError.MissingMandatoryHeader, 400, Replace(line, ""));

    [Fact]
    public void Response_does_not_need_max_forwards()
    {
        var wire = SipSamples.Build(GoodHead.Replace("OPTIONS sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK").Replace("Max-Forwards: 70\n", ""));
        Assert.True(SipMessageParser.TryParse(wire, out _, out _));
    }

    [Fact]
    public void Bad_via_is_bad_via() =>
        AssertError(SipParseError.BadVia, 400, Replace("SIP/2.0/UDP 192.0.2.1", "SIP/2.0/UDP"));

    [Fact]
    public void Bad_from_is_bad_from() =>
        AssertError(SipParseError.BadFrom, 400, Replace("From: <sip:alice@example.com>", "From: <sip:alice@example.com"));

    [Fact]
    public void Bad_to_is_bad_to() =>
        AssertError(SipParseError.BadTo, 400, Replace("To: <sip:bob@example.com>", "To: \"Bob <sip:bob@example.com>"));

    [Fact]
    public void Two_call_ids_or_spaces_is_bad_call_id()
    {
        AssertError(SipParseError.BadCallId, 400, Replace("Call-ID: a84b4c76e66710", "Call-ID: a84b 4c76e66710"));
        AssertError(SipParseError.BadCallId, 400, Replace("Call-ID: a84b4c76e66710", "Call-ID: one\ni: two"));
    }

    [Theory]
    [InlineData("CSeq: OPTIONS")]
    [InlineData("CSeq: 1OPTIONS")]
    [InlineData("CSeq: 9999999999 OPTIONS")]
    [InlineData("CSeq: -1 OPTIONS")]
    public void Bad_cseq_is_bad_cseq(string cseq) =>
        AssertError(SipParseError.BadCSeq, 400, Replace("CSeq: 1 OPTIONS", cseq));

    [Fact]
    public void Cseq_method_mismatch_is_400() =>
        AssertError(SipParseError.CSeqMethodMismatch, 400, Replace("CSeq: 1 OPTIONS", "CSeq: 1 INVITE"));

    [Fact]
    public void Bad_max_forwards_is_400() =>
        AssertError(SipParseError.BadMaxForwards, 400, Replace("Max-Forwards: 70", "Max-Forwards: 300"));

    [Fact]
    public void Non_numeric_or_conflicting_content_length_is_400()
    {
        AssertError(SipParseError.BadContentLength, 400, Replace("Content-Length: X", "Content-Length: ten"));
        AssertError(SipParseError.BadContentLength, 400, Replace("Content-Length: X", "Content-Length: 0\nl: 4", body: "abcd"));
    }

    [Fact]
    public void Datagram_shorter_than_content_length_is_400() =>
        AssertError(SipParseError.BodyShorterThanContentLength, 400, Replace("Content-Length: X", "Content-Length: 50", body: "short"));

    [Fact]
    public void Bytes_after_body_are_discarded_per_rfc_or_rejected_in_strict_mode()
    {
        var wire = Replace("Content-Length: X", "Content-Length: 3", body: "abcdef");
        Assert.True(SipMessageParser.TryParse(wire, out var message, out _));
        Assert.Equal("abc", message.BodyText);
        AssertError(SipParseError.BodyLongerThanContentLength, 400, wire, SipParseLimits.Default with { RejectBytesAfterBody = true });
    }

    [Fact]
    public void Message_over_size_limit_is_513()
    {
        var wire = SipSamples.Build(GoodHead, new string('a', 2000));
        AssertError(SipParseError.MessageTooLarge, 513, wire, SipParseLimits.Default with { MaxMessageSize = 1024 });
    }

    [Fact]
    public void Too_many_headers_is_513()
    {
        var extra = string.Concat(Enumerable.Repeat("X-Filler: 1\n", 10));
        AssertError(SipParseError.TooManyHeaders, 513, Replace("Content-Length: X", extra + "Content-Length: X"),
            SipParseLimits.Default with { MaxHeaders = 12 });
    }

    [Fact]
    public void Header_line_too_long_is_513_including_folds()
    {
        AssertError(SipParseError.HeaderLineTooLong, 513, Replace("Content-Length: X", "Subject: " + new string('s', 300) + "\nContent-Length: X"),
            SipParseLimits.Default with { MaxHeaderLineLength = 256 });
        AssertError(SipParseError.HeaderLineTooLong, 513, Replace("Content-Length: X", "Subject: " + new string('s', 200) + "\n " + new string('t', 200) + "\nContent-Length: X"),
            SipParseLimits.Default with { MaxHeaderLineLength = 256 });
    }

    [Fact]
    public void Declared_body_over_body_limit_is_413() =>
        AssertError(SipParseError.BodyTooLarge, 413, Replace("Content-Length: X", "Content-Length: X", body: new string('b', 600)),
            SipParseLimits.Default with { MaxBodySize = 512 });

    [Fact]
    public void Every_error_maps_to_a_status_and_reason()
    {
        foreach (var error in Enum.GetValues<SipParseError>())
        {
            int status = error.ToStatusCode();
            Assert.True(status is 0 or 400 or 413 or 513, error.ToString());
            Assert.Equal(status == 0, string.IsNullOrEmpty(error.ToReasonPhrase()));
        }
    }
}
