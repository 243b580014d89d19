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

    protected override string BuildStartLine() => Method + " " + RequestUri + " " + Version;
}
