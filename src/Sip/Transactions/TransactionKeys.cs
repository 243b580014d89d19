using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;

namespace MediaCore.Sip.Transactions;

/// <summary>
/// Transaction matching keys. Server side (RFC 3261 §17.2.3): branch + sent-by + method, with ACK matching the
/// INVITE. Requests without the magic cookie fall back to the RFC 2543 identity (Call-ID, CSeq number, From tag,
/// top Via). Client side (§17.1.3): branch + CSeq method.
/// </summary>
public static class TransactionKeys
{
    public static string? ForServer(SipRequest request)
    {
        var via = request.TopVia;
        if (via is null) return null;
        string method = request.Method == SipMethods.Ack ? SipMethods.Invite : request.Method;
        if (via.HasRfc3261Branch) return via.Branch + "|" + SentBy(via) + "|" + method;
        return "2543|" + request.CallId + "|" + request.CSeq?.Number + "|" + request.From?.Tag + "|" + SentBy(via) + "|" + method;
    }

    /// <summary>The key of the INVITE a CANCEL refers to (§9.2: same branch and sent-by, method INVITE).</summary>
    public static string? InviteForCancel(SipRequest cancel)
    {
        var via = cancel.TopVia;
        if (via is null) return null;
        if (via.HasRfc3261Branch) return via.Branch + "|" + SentBy(via) + "|" + SipMethods.Invite;
        return "2543|" + cancel.CallId + "|" + cancel.CSeq?.Number + "|" + cancel.From?.Tag + "|" + SentBy(via) + "|" + SipMethods.Invite;
    }

    public static string? ForClient(SipMessage message)
    {
        string? branch = message.TopVia?.Branch;
        var cseq = message.CSeq;
        if (branch is null || cseq is null) return null;
        string method = cseq.Value.Method == SipMethods.Ack ? SipMethods.Invite : cseq.Value.Method;
        return branch + "|" + method;
    }

    private static string SentBy(SipVia via) => via.Host.ToLowerInvariant() + ":" + (via.Port ?? 5060);
}
