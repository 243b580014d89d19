namespace MediaCore.Sip.Parsing;

/// <summary>
/// Maps a parse error to the status code the transport sends back for a request.
/// <para>
/// Choice for header-count and header-length limits: 513 Message Too Large, not 400. 400 tells the sender its syntax
/// is wrong (RFC 3261 §21.4.1 "malformed syntax"), which it is not — the message is legal but exceeds what we are
/// willing to process, which is exactly what 513 says (§21.5.14 "the message length exceeded its capabilities").
/// A body whose declared length exceeds our body limit gets 413 Request Entity Too Large (§21.4.11), which also lets
/// the client retry without the body. An empty input (CRLF keep-alive) gets no response (0).
/// </para>
/// </summary>
public static class SipParseErrorExtensions
{
    public static int ToStatusCode(this SipParseError error) => error switch
    {
        SipParseError.None or SipParseError.Empty => 0,
        SipParseError.MessageTooLarge or SipParseError.TooManyHeaders or SipParseError.HeaderLineTooLong => 513,
        SipParseError.BodyTooLarge => 413,
        _ => 400,
    };

    /// <summary>A short reason phrase naming the problem, e.g. "Bad Request - Bad CSeq" (keeps the code's meaning).</summary>
    public static string ToReasonPhrase(this SipParseError error) => error switch
    {
        SipParseError.None or SipParseError.Empty => string.Empty,
        SipParseError.MessageTooLarge => "Message Too Large",
        SipParseError.TooManyHeaders => "Message Too Large - Too Many Headers",
        SipParseError.HeaderLineTooLong => "Message Too Large - Header Too Long",
        SipParseError.BodyTooLarge => "Request Entity Too Large",
        SipParseError.MissingMandatoryHeader => "Bad Request - Missing Mandatory Header",
        SipParseError.BodyShorterThanContentLength or SipParseError.BodyLongerThanContentLength => "Bad Request - Content-Length Mismatch",
        _ => "Bad Request - " + error,
    };
}
