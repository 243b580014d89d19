using MediaCore.Sip.Dialogs;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Calls;

/// <summary>
/// One call, inbound or outbound: the pipeline's handle on the signalling. It raises
/// <see cref="Ringing"/>, <see cref="Answered"/>, <see cref="Ended"/>, <see cref="DtmfReceived"/>, <see cref="Held"/>,
/// <see cref="Resumed"/> and <see cref="TransferProgress"/>, and offers <see cref="Answer"/>, <see cref="Reject"/>,
/// <see cref="Hangup"/>, <see cref="Transfer"/> and <see cref="SendDtmf"/>.
/// Events are raised on the SIP stack's serialised context: handlers must return quickly and not block.
/// </summary>
public sealed partial class SipCall
{
    private readonly CallServices _services;
    private ulong _sdpVersion = 1;
    private readonly ulong _sdpSessionId = (ulong)Random.Shared.NextInt64(1, long.MaxValue);

    private SipCall(CallServices services, string callId, CallDirection direction, ICallMedia media)
    {
        _services = services;
        CallId = callId;
        Direction = direction;
        Media = media;
        media.DtmfReceived += digit => Raise(DtmfReceived, digit);
        media.MediaTimeout += OnMediaTimeout;
    }

    public string CallId { get; }
    public CallDirection Direction { get; }
    public CallState State { get; private set; }
    public SipDialog? Dialog { get; private set; }
    public ICallMedia Media { get; }

    /// <summary>The trunk and tenant an inbound call was authorised for.</summary>
    public TrunkProfile? Trunk { get; internal set; }
    public string? Tenant { get; internal set; }

    /// <summary>Caller (inbound) or callee (outbound) URI user part — a phone number: mask it before logging.</summary>
    public string? RemoteUser { get; private set; }

    /// <summary>Dialled number (inbound Request-URI user part).</summary>
    public string? LocalUser { get; private set; }

    /// <summary>The current negotiated media (codec, remote RTP address, direction).</summary>
    public SdpNegotiatedMedia? NegotiatedMedia { get; private set; }

    public bool IsOnHold { get; private set; }

    public CallEndedEventArgs? EndInfo { get; private set; }

    public event Action<SipCall>? Ringing;
    public event Action<SipCall>? Answered;
    public event Action<SipCall, CallEndedEventArgs>? Ended;
    public event Action<SipCall, char>? DtmfReceived;
    public event Action<SipCall>? Held;
    public event Action<SipCall>? Resumed;

    /// <summary>REFER progress: 202 (accepted), then the sipfrag status codes of NOTIFYs (100, 180, 200, 486...).</summary>
    public event Action<SipCall, int>? TransferProgress;

    private Lock Gate => _services.Transactions.Gate;
    private SipTransactionLayer Transactions => _services.Transactions;

    /// <summary>Sends a DTMF digit through the media plane.</summary>
    public bool SendDtmf(char digit)
    {
        lock (Gate) return State == CallState.Established && Media.SendDtmf(digit);
    }

    /// <summary>Ends the call whatever its state: BYE when established, CANCEL when outbound ringing, 603 when inbound unanswered.</summary>
    public void Hangup()
    {
        lock (Gate)
        {
            switch (State)
            {
                case CallState.Incoming or CallState.Ringing when Direction == CallDirection.Inbound:
                    Reject(SipStatusCodes.Decline);
                    break;
                case CallState.Calling or CallState.Ringing:
                    CancelOutbound();
                    break;
                case CallState.Answering or CallState.Established:
                    EndWithBye(CallEndReason.LocalHangup);
                    break;
            }
        }
    }

    private void OnMediaTimeout()
    {
        lock (Gate)
        {
            // Unanswered inbound calls still owe the INVITE a final response.
            if (Direction == CallDirection.Inbound && State is CallState.Incoming or CallState.Ringing)
            {
                Transactions.Respond(_inviteTransaction!, CreateUasResponse(SipStatusCodes.TemporarilyUnavailable));
                Finish(CallEndReason.MediaTimeout, SipStatusCodes.TemporarilyUnavailable);
            }
            else if (State is CallState.Calling or CallState.Ringing) CancelOutbound();
            else EndWithBye(CallEndReason.MediaTimeout);
        }
    }

    /// <summary>Sends BYE (when a dialog exists) and ends the call at once; the BYE transaction finishes on its own.</summary>
    private void EndWithBye(CallEndReason reason)
    {
        if (State is CallState.Ended) return;
        if (Dialog is not null && State is CallState.Answering or CallState.Established)
        {
            var bye = Dialog.CreateRequest(SipMethods.Bye);
            Transactions.SendRequest(bye, Dialog.Peer, _ => { }, _ => { });
        }
        Finish(reason);
    }

    /// <summary>Releases everything and raises <see cref="Ended"/> once.</summary>
    private void Finish(CallEndReason reason, int statusCode = 0)
    {
        if (State == CallState.Ended) return;
        State = CallState.Ended;
        EndInfo = new CallEndedEventArgs(reason, statusCode); // before Forget, whose log line names the reason
        StopOkRetransmissions();
        if (Dialog is not null) Dialog.State = DialogState.Terminated;
        try { Media.Stop(); } finally { Media.Dispose(); }
        _services.Forget(this);
        Ended?.Invoke(this, EndInfo);
    }

    private void Raise(Action<SipCall>? handler) => handler?.Invoke(this);

    private void Raise<T>(Action<SipCall, T>? handler, T value) => handler?.Invoke(this, value);

    private void ApplyNegotiated(SdpNegotiatedMedia negotiated)
    {
        bool wasHeld = IsOnHold;
        NegotiatedMedia = negotiated;
        IsOnHold = negotiated.RemoteIsHolding;
        Media.Start(negotiated);
        if (IsOnHold && !wasHeld) Raise(Held);
        else if (!IsOnHold && wasHeld) Raise(Resumed);
    }

    private SdpSession CreateLocalOffer() =>
        _services.OfferAnswer.CreateOffer(Media.LocalAddress.ToString(), Media.LocalPort, _sdpSessionId, _sdpVersion++);

    private bool TryAnswerOffer(SdpSession offer, out SdpSession? answer, out SdpNegotiatedMedia? negotiated)
    {
        bool ok = _services.OfferAnswer.TryCreateAnswer(offer, Media.LocalAddress.ToString(), Media.LocalPort, _sdpSessionId,
            _sdpVersion, out answer, out negotiated, out _);
        if (ok) _sdpVersion++;
        return ok;
    }

    private SipResponse Decorate(SipResponse response, SipTransportProtocol protocol)
    {
        response.Headers.Add(SipHeaderNames.Server, _services.UserAgent);
        if (response.StatusCode > 100 && response.StatusCode < 300)
            response.Headers.Add(SipHeaderNames.Contact, _services.ContactFor(protocol).ToString());
        if (response.StatusCode is >= 200 and < 300 || response.StatusCode == SipStatusCodes.MethodNotAllowed)
            response.Headers.Add(SipHeaderNames.Allow, CallServices.AllowedMethods);
        return response;
    }

    internal static string? UserOf(Uris.AddressUri uri) => uri switch
    {
        Uris.SipUri sip => sip.UnescapedUser,
        Uris.TelUri tel => tel.ToString(),
        _ => null,
    };

    internal void SetParties(string? remoteUser, string? localUser)
    {
        RemoteUser = remoteUser;
        LocalUser = localUser;
    }

    /// <summary>Our tag: the dialog's local tag, or the INVITE's From tag before an outbound dialog exists.</summary>
    internal string LocalTagForTable => Dialog?.Id.LocalTag ?? _invite?.From?.Tag ?? string.Empty;
}
