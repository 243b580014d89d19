using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Messages;

/// <summary>Request-Line = Method SP Request-URI SP SIP-Version CRLF (RFC 3261 §7.1).</summary>
public sealed class SipRequest : SipMessage
{
    public SipRequest(string method, AddressUri requestUri)
    {
        Method = method;
        RequestUri = requestUri;
    }

    /// <summary>Method token, case-sensitive (RFC 3261 §7.1: "INVITE" ≠ "invite").</summary>
    public string Method { get; set; }

    public AddressUri RequestUri { get; set; }

    private protected override void WriteStartLine(ref SpanTextWriter writer)
    {
        writer.Write(Method);
        writer.Write(" "u8);
        writer.Write(RequestUri.ToString());
        writer.Write(" "u8);
        writer.Write(Version);
    }

    private protected override int GetStartLineSize() =>
        System.Text.Encoding.UTF8.GetByteCount(Method) + 1 + System.Text.Encoding.UTF8.GetByteCount(RequestUri.ToString()) + 1
        + System.Text.Encoding.UTF8.GetByteCount(Version);
}
