using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Transactions;

/// <summary>
/// The ACK an INVITE client transaction sends for a 300-699 response (RFC 3261 §17.1.1.3): same Request-URI,
/// Call-ID, From, top Via and Route as the INVITE, To from the response (with its tag), CSeq number with method ACK.
/// </summary>
public static class AckBuilder
{
    public static SipRequest ForNonSuccess(SipRequest invite, SipResponse response)
    {
        var ack = new SipRequest(SipMethods.Ack, invite.RequestUri);
        var vias = invite.Headers.GetValues(SipHeaderNames.Via);
        if (vias.Count > 0) ack.Headers.Add(SipHeaderNames.Via, vias[0]);
        ack.Headers.Add(SipHeaderNames.MaxForwards, "70");
        Copy(invite, ack, SipHeaderNames.From);
        string? to = response.Headers.GetFirst(SipHeaderNames.To) ?? invite.Headers.GetFirst(SipHeaderNames.To);
        if (to is not null) ack.Headers.Add(SipHeaderNames.To, to);
        Copy(invite, ack, SipHeaderNames.CallId);
        if (invite.CSeq is { } cseq) ack.Headers.Add(SipHeaderNames.CSeq, cseq.Number + " " + SipMethods.Ack);
        foreach (string route in invite.Headers.GetAll(SipHeaderNames.Route)) ack.Headers.Add(SipHeaderNames.Route, route);
        return ack;
    }

    private static void Copy(SipRequest from, SipRequest to, string name)
    {
        string? value = from.Headers.GetFirst(name);
        if (value is not null) to.Headers.Add(name, value);
    }
}
