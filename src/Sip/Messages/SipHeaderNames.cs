namespace MediaCore.Sip.Messages;

/// <summary>
/// Canonical header names and the compact forms of RFC 3261 §7.3.3 and extensions (RFC 3265/6665 o, RFC 3515 r,
/// RFC 3892 b, RFC 3420-era u Allow-Events, RFC 4028 x Session-Expires, RFC 3841 j/d, RFC 3325-era y Identity).
/// </summary>
public static class SipHeaderNames
{
    public const string Via = "Via";
    public const string From = "From";
    public const string To = "To";
    public const string CallId = "Call-ID";
    public const string CSeq = "CSeq";
    public const string Contact = "Contact";
    public const string MaxForwards = "Max-Forwards";
    public const string ContentType = "Content-Type";
    public const string ContentLength = "Content-Length";
    public const string ContentEncoding = "Content-Encoding";
    public const string Route = "Route";
    public const string RecordRoute = "Record-Route";
    public const string Expires = "Expires";
    public const string Allow = "Allow";
    public const string AllowEvents = "Allow-Events";
    public const string Supported = "Supported";
    public const string Require = "Require";
    public const string ProxyRequire = "Proxy-Require";
    public const string Unsupported = "Unsupported";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string ProxyAuthenticate = "Proxy-Authenticate";
    public const string Authorization = "Authorization";
    public const string ProxyAuthorization = "Proxy-Authorization";
    public const string ReferTo = "Refer-To";
    public const string ReferredBy = "Referred-By";
    public const string Event = "Event";
    public const string SubscriptionState = "Subscription-State";
    public const string Warning = "Warning";
    public const string UserAgent = "User-Agent";
    public const string Server = "Server";
    public const string Reason = "Reason";
    public const string Subject = "Subject";
    public const string SessionExpires = "Session-Expires";
    public const string Identity = "Identity";
    public const string AcceptContact = "Accept-Contact";
    public const string RejectContact = "Reject-Contact";
    public const string RequestDisposition = "Request-Disposition";
    public const string MinExpires = "Min-Expires";
    public const string Accept = "Accept";
    public const string Date = "Date";
    public const string Timestamp = "Timestamp";

    /// <summary>
    /// The canonical spelling for a header name: compact forms expand, known names get their RFC capitalisation,
    /// unknown names are returned unchanged (compare them case-insensitively).
    /// </summary>
    public static string Canonicalize(ReadOnlySpan<char> name)
    {
        if (name.Length == 1) return ExpandCompact(char.ToLowerInvariant(name[0])) ?? name.ToString();
        foreach (string known in Known)
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase)) return known;
        return name.ToString();
    }

    /// <summary>RFC 3261 §7.3.3 compact form letter → full name.</summary>
    public static string? ExpandCompact(char letter) => letter switch
    {
        'i' => CallId,
        'm' => Contact,
        'e' => ContentEncoding,
        'l' => ContentLength,
        'c' => ContentType,
        'f' => From,
        's' => Subject,
        'k' => Supported,
        't' => To,
        'v' => Via,
        'o' => Event,
        'r' => ReferTo,
        'b' => ReferredBy,
        'u' => AllowEvents,
        'x' => SessionExpires,
        'y' => Identity,
        'a' => AcceptContact,
        'j' => RejectContact,
        'd' => RequestDisposition,
        _ => null,
    };

    // Ordered by how often they appear so the linear scan exits early on real traffic.
    private static readonly string[] Known =
    {
        Via, From, To, CallId, CSeq, Contact, MaxForwards, ContentType, ContentLength, Route, RecordRoute,
        Expires, Allow, Supported, Require, UserAgent, Server, Authorization, WwwAuthenticate, ProxyAuthenticate,
        ProxyAuthorization, Unsupported, ProxyRequire, ReferTo, ReferredBy, Event, SubscriptionState, Warning, Reason,
        Subject, SessionExpires, Identity, AcceptContact, RejectContact, RequestDisposition, AllowEvents,
        ContentEncoding, MinExpires, Accept, Date, Timestamp,
    };
}
