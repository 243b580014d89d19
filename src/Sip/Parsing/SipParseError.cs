namespace MediaCore.Sip.Parsing;

/// <summary>
/// Why a SIP message was rejected. <see cref="SipParseErrorExtensions.ToStatusCode"/> gives the response a UAS sends
/// for a rejected request; a rejected response is silently discarded (RFC 3261 §18.1.2, §18.3).
/// </summary>
public enum SipParseError
{
    None = 0,

    /// <summary>Only CRLFs / nothing: a keep-alive, not an error worth answering.</summary>
    Empty,

    /// <summary>Request-Line or Status-Line malformed (RFC 3261 §7.1, §7.2), e.g. extra spaces, bad method, bad status code.</summary>
    BadStartLine,

    /// <summary>The Request-URI is not a valid URI (RFC 3261 §19.1).</summary>
    BadRequestUri,

    /// <summary>A header line has no colon, a non-token name, control characters, or a fold with nothing to continue.</summary>
    BadHeader,

    /// <summary>The blank line ending the headers is missing.</summary>
    IncompleteHeaders,

    /// <summary>A mandatory header (Via, From, To, Call-ID, CSeq; Max-Forwards in requests — RFC 3261 §8.1.1) is absent.</summary>
    MissingMandatoryHeader,

    BadVia,
    BadFrom,
    BadTo,
    BadCallId,

    /// <summary>CSeq is not "1*DIGIT LWS Method" or the number exceeds 2**31-1 (RFC 3261 §20.16, §8.1.1.5).</summary>
    BadCSeq,

    /// <summary>The CSeq method differs from the request method (RFC 3261 §8.1.1.5; RFC 4475 §3.1.2.? "mismatch01").</summary>
    CSeqMethodMismatch,

    BadMaxForwards,

    /// <summary>Content-Length is not a number, or several Content-Length fields disagree.</summary>
    BadContentLength,

    /// <summary>On a stream, Content-Length is mandatory (RFC 3261 §18.3, §20.14).</summary>
    ContentLengthRequired,

    /// <summary>The datagram ended before Content-Length bytes of body (RFC 3261 §18.3: request → 400).</summary>
    BodyShorterThanContentLength,

    /// <summary>Bytes after Content-Length; only an error when <see cref="SipParseLimits.RejectBytesAfterBody"/> is set.</summary>
    BodyLongerThanContentLength,

    /// <summary>The whole message exceeds <see cref="SipParseLimits.MaxMessageSize"/> (→ 513, RFC 3261 §21.5.14).</summary>
    MessageTooLarge,

    /// <summary>More header fields than <see cref="SipParseLimits.MaxHeaders"/> (→ 513, see <see cref="SipParseErrorExtensions"/>).</summary>
    TooManyHeaders,

    /// <summary>A (folded) header line longer than <see cref="SipParseLimits.MaxHeaderLineLength"/> (→ 513).</summary>
    HeaderLineTooLong,

    /// <summary>Content-Length above <see cref="SipParseLimits.MaxBodySize"/> (→ 413, RFC 3261 §21.4.11).</summary>
    BodyTooLarge,
}
