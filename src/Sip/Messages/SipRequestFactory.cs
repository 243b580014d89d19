namespace MediaCore.Sip.Messages;

/// <summary>
/// Requests whose content is dictated by another message:
/// <list type="bullet">
/// <item>CANCEL (RFC 3261 §9.1): same Request-URI, Call-ID, To, From and CSeq number as the INVITE, method CANCEL,
/// a single Via equal to the INVITE's top Via (same branch), and the INVITE's Route set.</item>
/// <item>ACK for a non-2xx final response (§17.1.1.3): like CANCEL but method ACK and the To header of the response
/// (it carries the UAS tag). The ACK for a 2xx is a new transaction built by the dialog layer (§13.2.2.4).</item>
/// </list>
/// </summary>
public static class SipRequestFactory
{
    public static SipRequest CreateCancel(SipRequest invite) => CreateFromInvite(invite, SipMethods.Cancel, toHeader: null);

    public static SipRequest CreateAckForNonSuccess(SipRequest invite, SipResponse response) =>
        CreateFromInvite(invite, SipMethods.Ack, response.Headers.GetFirst(SipHeaderNames.To));

    private static SipRequest CreateFromInvite(SipRequest invite, string method, string? toHeader)
    {
        var request = new SipRequest(method, invite.RequestUri);
        var topVia = invite.TopVia;
        if (topVia is not null) request.Headers.Add(SipHeaderNames.Via, topVia.ToString());
        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        foreach (var field in invite.Headers.Fields)
            if (field.Is(SipHeaderNames.Route)) request.Headers.Add(field);
        Copy(invite, request, SipHeaderNames.From);
        string? to = toHeader ?? invite.Headers.GetFirst(SipHeaderNames.To);
        if (to is not null) request.Headers.Add(SipHeaderNames.To, to);
        Copy(invite, request, SipHeaderNames.CallId);
        if (invite.CSeq is { } cseq) request.CSeq = cseq with { Method = method };
        return request;
    }

    private static void Copy(SipRequest from, SipRequest to, string name)
    {
        string? value = from.Headers.GetFirst(name);
        if (value is not null) to.Headers.Add(name, value);
    }
}
