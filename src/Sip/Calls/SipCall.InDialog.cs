using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;

namespace MediaCore.Sip.Calls;

/// <summary>Requests inside an established dialog (RFC 3261 §12.2.2): BYE, re-INVITE, NOTIFY (REFER progress), INFO.</summary>
public sealed partial class SipCall
{
    internal void OnInDialogRequest(SipRequest request, SipTransaction transaction)
    {
        if (!Dialog!.AcceptRemoteCSeq(request))
        {
            Respond(transaction, SipStatusCodes.ServerInternalError, "Server Internal Error - CSeq Out Of Order");
            return;
        }
        switch (request.Method)
        {
            case SipMethods.Bye:
                Respond(transaction, SipStatusCodes.Ok);
                Finish(CallEndReason.RemoteHangup);
                break;
            case SipMethods.Invite:
                OnReInvite(request, (InviteServerTransaction)transaction);
                break;
            case SipMethods.Notify:
                OnNotify(request, transaction);
                break;
            case SipMethods.Info or SipMethods.Options:
                Respond(transaction, SipStatusCodes.Ok);
                break;
            case SipMethods.Refer:
                OnRefer(request, transaction);
                break;
            default:
                Respond(transaction, SipStatusCodes.MethodNotAllowed);
                break;
        }
    }

    /// <summary>
    /// re-INVITE (RFC 3261 §14.2): a new offer on the same media — hold (sendonly/inactive → we answer recvonly/inactive),
    /// resume, or codec change. The 200 is retransmitted until ACKed like the initial one.
    /// </summary>
    private void OnReInvite(SipRequest reinvite, InviteServerTransaction transaction)
    {
        if (State != CallState.Established || _okResponse is not null)
        {
            // §14.2: an offer while one of ours/theirs is still pending → 491 Request Pending.
            Respond(transaction, 491, "Request Pending");
            return;
        }
        SdpSession? offer = null;
        if (!reinvite.Body.IsEmpty && !SdpSession.TryParse(reinvite.Body.Span, out offer, out _))
        {
            Respond(transaction, SipStatusCodes.BadRequest, "Bad Request - Malformed SDP");
            return;
        }
        SdpSession? answer;
        SdpNegotiatedMedia? negotiated = null;
        if (offer is null) answer = CreateLocalOffer();
        else if (!TryAnswerOffer(offer, out answer, out negotiated))
        {
            var notAcceptable = CreateResponseFor(transaction, SipStatusCodes.NotAcceptableHere);
            notAcceptable.Headers.Add(SipHeaderNames.Warning, SdpOfferAnswer.IncompatibleMediaWarning(_services.UserAgent.Split('/')[0]));
            Transactions.Respond(transaction, notAcceptable);
            return;
        }
        if (reinvite.Contacts.FirstOrDefault()?.Uri is { } target) Dialog!.RemoteTarget = target; // target refresh, §12.2.2
        _inviteTransaction = transaction;
        _pendingAnswer = answer;
        _answerInAck = offer is null;
        var ok = CreateResponseFor(transaction, SipStatusCodes.Ok);
        ok.SetBody("application/sdp", answer!.ToString());
        Transactions.Respond(transaction, ok);
        StartOkRetransmissions(ok);
        if (negotiated is not null) ApplyNegotiated(negotiated);
    }

    /// <summary>RFC 3515 §2.4.5: NOTIFYs with a message/sipfrag body report the transfer target's progress.</summary>
    private void OnNotify(SipRequest notify, SipTransaction transaction)
    {
        if (!string.Equals(notify.Event?.Value, "refer", StringComparison.OrdinalIgnoreCase))
        {
            Respond(transaction, 489, "Bad Event");
            return;
        }
        Respond(transaction, SipStatusCodes.Ok);
        if (!TryReadSipfragStatus(notify.BodyText, out int status)) return;
        Raise(TransferProgress, status);
        if (status is >= 200 and < 300 && State == CallState.Established) EndWithBye(CallEndReason.Transferred);
    }

    /// <summary>"SIP/2.0 200 OK" → 200 (RFC 3420 sipfrag's first line).</summary>
    private static bool TryReadSipfragStatus(string body, out int status)
    {
        status = 0;
        var line = body.AsSpan().TrimStart();
        if (!line.StartsWith("SIP/2.0 ", StringComparison.Ordinal) || line.Length < 11) return false;
        return int.TryParse(line.Slice(8, 3), System.Globalization.NumberStyles.None, null, out status) && status is >= 100 and <= 699;
    }

    private void Respond(SipTransaction transaction, int statusCode, string? reason = null) =>
        Transactions.Respond(transaction, CreateResponseFor(transaction, statusCode, reason));

    private SipResponse CreateResponseFor(SipTransaction transaction, int statusCode, string? reason = null) =>
        Decorate(SipResponseFactory.CreateResponse(transaction.Request, statusCode, reason, Dialog?.Id.LocalTag), transaction.Peer.Protocol);
}
