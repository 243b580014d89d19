using MediaCore.Sip.Dialogs;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;

namespace MediaCore.Sip.Calls;

/// <summary>
/// The UAS side (RFC 3261 §13.3): 100 → 180 / 183 with early media → 200 with the answer, retransmitted with
/// T1 doubling to T2 until the ACK arrives or 64*T1 passes (§13.3.1.4), CANCEL → 487 (§9.2).
/// </summary>
public sealed partial class SipCall
{
    private InviteServerTransaction? _inviteTransaction;
    private SdpSession? _pendingAnswer;
    private SdpNegotiatedMedia? _pendingNegotiated;
    private SipResponse? _okResponse;
    private IDisposable? _okRetransmit;
    private IDisposable? _okGiveUp;
    private bool _answerInAck;

    /// <summary>
    /// Creates an inbound call after the trunk accepted it. Returns null and answers 488 (with Warning) when the offer
    /// has no codec in common with ours — no call or dialog state is kept then.
    /// </summary>
    internal static SipCall? TryCreateInbound(CallServices services, SipRequest invite, InviteServerTransaction transaction)
    {
        SdpSession? offer = null;
        if (!invite.Body.IsEmpty && !SdpSession.TryParse(invite.Body.Span, out offer, out _))
        {
            RejectStateless(services, transaction, invite, SipStatusCodes.BadRequest, "Bad Request - Malformed SDP");
            return null;
        }
        var media = services.MediaFactory.Create(invite.CallId!);
        var call = new SipCall(services, invite.CallId!, CallDirection.Inbound, media)
        {
            State = CallState.Incoming,
            _inviteTransaction = transaction,
        };
        if (!call.PrepareAnswer(offer))
        {
            media.Dispose();
            var notAcceptable = SipResponseFactory.CreateResponse(invite, SipStatusCodes.NotAcceptableHere);
            notAcceptable.Headers.Add(SipHeaderNames.Warning, SdpOfferAnswer.IncompatibleMediaWarning(services.UserAgent.Split('/')[0]));
            services.Transactions.Respond(transaction, notAcceptable);
            return null;
        }
        call.Dialog = SipDialog.CreateUas(invite, SipResponseFactory.NewTag(), transaction.Peer);
        call.SetParties(invite.From is { } from ? UserOf(from.Uri) : null, UserOf(invite.RequestUri));
        services.Transactions.Respond(transaction, call.CreateUasResponse(SipStatusCodes.Trying));
        return call;
    }

    private static void RejectStateless(CallServices services, InviteServerTransaction transaction, SipRequest invite, int code, string reason) =>
        services.Transactions.Respond(transaction, SipResponseFactory.CreateResponse(invite, code, reason));

    /// <summary>Negotiates the answer now (so 183 can carry it); with no offer we offer in the 200 and expect the answer in the ACK.</summary>
    private bool PrepareAnswer(SdpSession? offer)
    {
        if (offer is null)
        {
            _pendingAnswer = CreateLocalOffer();
            _answerInAck = true;
            return true;
        }
        if (!TryAnswerOffer(offer, out var answer, out var negotiated)) return false;
        _pendingAnswer = answer;
        _pendingNegotiated = negotiated;
        return true;
    }

    /// <summary>Sends 180 Ringing, or 183 Session Progress with the SDP answer and starts media (early media).</summary>
    public void Ring(bool earlyMedia = false)
    {
        lock (Gate)
        {
            if (State is not (CallState.Incoming or CallState.Ringing) || Direction != CallDirection.Inbound) return;
            var response = CreateUasResponse(earlyMedia ? SipStatusCodes.SessionProgress : SipStatusCodes.Ringing);
            if (earlyMedia && !_answerInAck)
            {
                response.SetBody("application/sdp", _pendingAnswer!.ToString());
                ApplyNegotiated(_pendingNegotiated!);
            }
            Transactions.Respond(_inviteTransaction!, response);
            bool first = State == CallState.Incoming;
            State = CallState.Ringing;
            if (first) Raise(Ringing);
        }
    }

    /// <summary>Answers with 200 OK and the SDP answer; <see cref="Answered"/> follows when the ACK arrives.</summary>
    public void Answer()
    {
        lock (Gate)
        {
            if (State is not (CallState.Incoming or CallState.Ringing) || Direction != CallDirection.Inbound) return;
            var ok = CreateUasResponse(SipStatusCodes.Ok);
            ok.SetBody("application/sdp", _pendingAnswer!.ToString());
            State = CallState.Answering;
            if (Dialog is not null) Dialog.State = DialogState.Confirmed;
            Transactions.Respond(_inviteTransaction!, ok);
            StartOkRetransmissions(ok);
            if (_pendingNegotiated is not null && NegotiatedMedia != _pendingNegotiated) ApplyNegotiated(_pendingNegotiated);
        }
    }

    /// <summary>Rejects an unanswered inbound call with a final status (486 busy, 603 decline, 480 unavailable...).</summary>
    public void Reject(int statusCode)
    {
        lock (Gate)
        {
            if (State is not (CallState.Incoming or CallState.Ringing) || Direction != CallDirection.Inbound) return;
            if (statusCode is < 300 or > 699) throw new ArgumentOutOfRangeException(nameof(statusCode), "a rejection is 3xx-6xx");
            Transactions.Respond(_inviteTransaction!, CreateUasResponse(statusCode));
            Finish(CallEndReason.Rejected, statusCode);
        }
    }

    /// <summary>Rejects with 480 if the handler has not answered by then (no INVITE may stay pending forever).</summary>
    internal void ArmUnansweredTimeout(TimeSpan timeout) =>
        Transactions.TimerQueue.Schedule(timeout, () =>
        {
            lock (Gate)
                if (State is CallState.Incoming or CallState.Ringing) Reject(SipStatusCodes.TemporarilyUnavailable);
        });

    /// <summary>CANCEL matched our INVITE transaction while unanswered: 487 to the INVITE (§9.2).</summary>
    internal void OnCancelled()
    {
        if (State is not (CallState.Incoming or CallState.Ringing)) return;
        Transactions.Respond(_inviteTransaction!, CreateUasResponse(SipStatusCodes.RequestTerminated));
        Finish(CallEndReason.Cancelled, SipStatusCodes.RequestTerminated);
    }

    /// <summary>The ACK for our 2xx (initial or re-INVITE) stops the retransmissions (§13.3.1.4).</summary>
    internal void OnAck(SipRequest ack)
    {
        StopOkRetransmissions();
        if (_answerInAck && !ack.Body.IsEmpty && SdpSession.TryParse(ack.Body.Span, out var answer, out _)
            && _services.OfferAnswer.TryApplyAnswer(_pendingAnswer!, answer, out var negotiated, out _))
        {
            _answerInAck = false;
            ApplyNegotiated(negotiated);
        }
        if (State != CallState.Answering) return;
        State = CallState.Established;
        Raise(Answered);
    }

    private SipResponse CreateUasResponse(int statusCode) =>
        Decorate(SipResponseFactory.CreateResponse(_inviteTransaction!.Request, statusCode, toTag: Dialog?.Id.LocalTag),
            _inviteTransaction.Peer.Protocol);

    private void StartOkRetransmissions(SipResponse ok)
    {
        StopOkRetransmissions();
        _okResponse = ok;
        var settings = Transactions.Settings;
        var peer = _inviteTransaction!.Peer;
        _okGiveUp = Transactions.TimerQueue.Schedule(settings.Timeout64, () =>
        {
            lock (Gate)
            {
                if (_okResponse != ok) return;
                _okResponse = null;
                EndWithBye(CallEndReason.NoAck); // §13.3.1.4: no ACK → the session ends with a BYE
            }
        });
        if (!peer.IsReliable) ScheduleOkRetransmit(ok, settings.T1);
    }

    private void ScheduleOkRetransmit(SipResponse ok, TimeSpan interval)
    {
        _okRetransmit = Transactions.TimerQueue.Schedule(interval, () =>
        {
            lock (Gate)
            {
                if (_okResponse != ok) return;
                Transactions.SendResponseStateless(ok, _inviteTransaction!.Peer);
                ScheduleOkRetransmit(ok, Transactions.Settings.Double(interval, capAtT2: true));
            }
        });
    }

    private void StopOkRetransmissions()
    {
        _okResponse = null;
        _okRetransmit?.Dispose();
        _okGiveUp?.Dispose();
        _okRetransmit = _okGiveUp = null;
    }
}
