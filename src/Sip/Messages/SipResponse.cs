namespace MediaCore.Sip.Messages;

/// <summary>Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF (RFC 3261 §7.2).</summary>
public sealed class SipResponse : SipMessage
{
    public SipResponse(int statusCode, string? reasonPhrase = null)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase ?? SipStatusCodes.GetReasonPhrase(statusCode);
    }

    /// <summary>Three digits, 100..699.</summary>
    public int StatusCode { get; set; }

    /// <summary>Free text (may be empty, may be UTF-8).</summary>
    public string ReasonPhrase { get; set; }

    public bool IsProvisional => StatusCode < 200;
    public bool IsSuccess => StatusCode is >= 200 and < 300;
    public bool IsFinal => StatusCode >= 200;

    private protected override void WriteStartLine(ref SpanTextWriter writer)
    {
        writer.Write(Version);
        writer.Write(" "u8);
        writer.Write(StatusCode);
        writer.Write(" "u8);
        writer.Write(ReasonPhrase);
    }

    private protected override int GetStartLineSize() =>
        System.Text.Encoding.UTF8.GetByteCount(Version) + 1 + CountDigits(StatusCode) + 1 + System.Text.Encoding.UTF8.GetByteCount(ReasonPhrase);
}
