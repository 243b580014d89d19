using System.Net;
using MediaCore.Sip.Auth;
using MediaCore.Sip.Dialogs;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Trunks;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Calls;

/// <summary>
/// The UAC side (RFC 3261 §13.2): INVITE with our offer, provisional responses, one digest retry for 401/407
/// (§22.2, MD5/SHA-256 via <see cref="DigestClient"/>), 2xx → ACK (§13.2.2.4) and media, CANCEL when hung up early (§9.1).
/// </summary>
public sealed partial class SipCall
{
    private SipRequest? _invite;
    private SipTransaction? _inviteClient;
    private SdpSession? _localOffer;
    private SipRequest? _ackFor2xx;
    private TrunkCredentials? _credentials;
    private bool _authRetried;
    private bool _cancelWhenProvisional;
    private bool _cancelSent;
    private SipSource? _nextHop;

    internal static SipCall CreateOutbound(CallServices services, OriginateOptions options, SipSource nextHop)
    {
        if (!AddressUri.TryParse(options.Target, out var target)) throw new ArgumentException("Not a SIP/tel URI: " + options.Target, nameof(options));
        string callId = SipResponseFactory.NewTag() + "@mediacore";
        var media = services.MediaFactory.Create(callId);
        var call = new SipCall(services, callId, CallDirection.Outbound, media)
        {
            State = CallState.Calling,
            _credentials = options.Trunk?.OutboundAuth,
            _nextHop = nextHop,
        };
        call.SetParties(UserOf(target), options.FromUser);
        call._localOffer = call.CreateLocalOffer();
        call._invite = call.BuildInvite(target, options, nextHop);
        return call;
    }

    private SipRequest BuildInvite(AddressUri target, OriginateOptions options, SipSource nextHop)
    {
        var local = _services.ContactFor(nextHop.Protocol).Uri as SipUri;
        var fromUri = new SipUri(local?.Host ?? "127.0.0.1", SipUri.EscapeUser(options.FromUser));
        var from = new SipAddressHeader(new NameAddress(fromUri, options.FromDisplayName)) { Tag = SipResponseFactory.NewTag() };
        var invite = new SipRequest(SipMethods.Invite, target);
        invite.Headers.Add(SipHeaderNames.MaxForwards, "70");
        invite.Headers.Add(SipHeaderNames.From, from.ToString());
        invite.Headers.Add(SipHeaderNames.To, new NameAddress(target).ToString());
        invite.Headers.Add(SipHeaderNames.CallId, CallId);
        invite.Headers.Add(SipHeaderNames.CSeq, "1 " + SipMethods.Invite);
        invite.Headers.Add(SipHeaderNames.Contact, _services.ContactFor(nextHop.Protocol).ToString());
        invite.Headers.Add(SipHeaderNames.Allow, CallServices.AllowedMethods);
        invite.Headers.Add(SipHeaderNames.UserAgent, _services.UserAgent);
        invite.SetBody("application/sdp", _localOffer!.ToString());
        return invite;
    }

    /// <summary>Sends the INVITE (the endpoint calls this once the call is registered).</summary>
    internal void SendInvite()
    {
        _inviteClient = Transactions.SendRequest(_invite!, _nextHop!, OnInviteResponse, OnInviteFailure);
    }

    private void OnInviteFailure(TransactionFailure failure) =>
        Finish(failure == TransactionFailure.Timeout ? CallEndReason.Timeout : CallEndReason.TransportError, SipStatusCodes.RequestTimeout);

    private void OnInviteResponse(SipResponse response)
    {
        if (State == CallState.Ended)
        {
            if (response.IsSuccess) AckAndBye(response); // answered after we gave up: §15 says ACK then BYE
            return;
        }
        if (response.IsProvisional) OnProvisional(response);
        else if (response.IsSuccess) OnAnswered(response);
        else if (response.StatusCode is SipStatusCodes.Unauthorized or SipStatusCodes.ProxyAuthenticationRequired && TryAuthRetry(response)) { }
        else Finish(response.StatusCode == SipStatusCodes.RequestTerminated ? CallEndReason.Cancelled : CallEndReason.Rejected, response.StatusCode);
    }

    private void OnProvisional(SipResponse response)
    {
        if (_cancelWhenProvisional) SendCancel();
        if (response.StatusCode == SipStatusCodes.Trying || State != CallState.Calling) return;
        State = CallState.Ringing;
        Raise(Ringing);
    }

    private void OnAnswered(SipResponse response)
    {
        Dialog ??= SipDialog.CreateUac(_invite!, response, _nextHop!);
        Dialog.Confirm(response);
        _ackFor2xx = Dialog.CreateAck(_invite!.CSeq!.Value.Number);
        Transactions.SendStateless(_ackFor2xx, _nextHop!);
        if (_cancelSent || _cancelWhenProvisional)
        {
            EndWithByeAfterAnswer();
            return;
        }
        if (!response.Body.IsEmpty && SdpSession.TryParse(response.Body.Span, out var answer, out _)
            && _services.OfferAnswer.TryApplyAnswer(_localOffer!, answer, out var negotiated, out _))
            ApplyNegotiated(negotiated);
        State = CallState.Established;
        Raise(Answered);
    }

    private void EndWithByeAfterAnswer()
    {
        State = CallState.Established;
        EndWithBye(CallEndReason.LocalHangup);
    }

    /// <summary>A 2xx retransmission (our ACK was lost): ACK again (§13.2.2.4).</summary>
    internal void OnStray2xx(SipResponse response)
    {
        if (_ackFor2xx is not null && response.CSeq?.Number == _invite?.CSeq?.Number) Transactions.SendStateless(_ackFor2xx, _nextHop!);
    }

    private void AckAndBye(SipResponse response)
    {
        var dialog = SipDialog.CreateUac(_invite!, response, _nextHop!);
        Transactions.SendStateless(dialog.CreateAck(_invite!.CSeq!.Value.Number), _nextHop!);
        Transactions.SendRequest(dialog.CreateRequest(SipMethods.Bye), _nextHop!, _ => { }, _ => { });
    }

    /// <summary>RFC 3261 §22.2: resend the INVITE once with credentials, new branch, CSeq + 1, same Call-ID and From tag.</summary>
    private bool TryAuthRetry(SipResponse response)
    {
        if (_authRetried || _credentials is null) return false;
        bool proxy = response.StatusCode == SipStatusCodes.ProxyAuthenticationRequired;
        var challenge = DigestChallenge.SelectStrongest(proxy ? response.ProxyAuthenticate : response.WwwAuthenticate);
        if (challenge is null) return false;
        _authRetried = true;
        var client = new DigestClient(_credentials.Username, _credentials.Password);
        var credentials = client.Respond(challenge, SipMethods.Invite, _invite!.RequestUri.ToString());
        var retry = CloneForRetry(_invite, _invite.CSeq!.Value.Number + 1);
        retry.Headers.Add(proxy ? SipHeaderNames.ProxyAuthorization : SipHeaderNames.Authorization, credentials.ToString());
        _invite = retry;
        SendInvite();
        return true;
    }

    private static SipRequest CloneForRetry(SipRequest original, int cseq)
    {
        var copy = new SipRequest(original.Method, original.RequestUri) { Body = original.Body };
        foreach (var field in original.Headers.Fields)
        {
            if (field.Is(SipHeaderNames.Via) || field.Is(SipHeaderNames.Authorization) || field.Is(SipHeaderNames.ProxyAuthorization)) continue;
            copy.Headers.Add(field.Is(SipHeaderNames.CSeq) ? new SipHeaderField(field.Name, cseq + " " + original.Method) : field);
        }
        return copy;
    }

    private void CancelOutbound()
    {
        if (State == CallState.Ringing) SendCancel();
        else _cancelWhenProvisional = true; // §9.1: no CANCEL before a provisional response
        State = CallState.Terminating;
    }

    /// <summary>CANCEL (§9.1): same Request-URI, Call-ID, From, To, CSeq number and top Via as the INVITE.</summary>
    private void SendCancel()
    {
        if (_cancelSent || _invite is null) return;
        _cancelSent = true;
        _cancelWhenProvisional = false;
        var cancel = new SipRequest(SipMethods.Cancel, _invite.RequestUri);
        foreach (string name in new[] { SipHeaderNames.Via, SipHeaderNames.MaxForwards, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId })
            if (_invite.Headers.GetValues(name).FirstOrDefault() is { } value) cancel.Headers.Add(name, value);
        cancel.Headers.Add(SipHeaderNames.CSeq, _invite.CSeq!.Value.Number + " " + SipMethods.Cancel);
        foreach (string route in _invite.Headers.GetAll(SipHeaderNames.Route)) cancel.Headers.Add(SipHeaderNames.Route, route);
        Transactions.SendRequest(cancel, _nextHop!, _ => { }, _ => { }, keepVia: true);
    }

    internal static SipSource ResolveNextHop(OriginateOptions options)
    {
        if (options.NextHop is not null) return options.NextHop;
        if (options.Trunk?.OutboundProxy is { } proxy) return new SipSource(options.Trunk.OutboundTransport, proxy);
        if (AddressUri.TryParse(options.Target, out var uri) && uri is SipUri sip && IPAddress.TryParse(sip.Host.Trim('[', ']'), out var ip))
        {
            var protocol = string.Equals(sip.Transport, "tcp", StringComparison.OrdinalIgnoreCase) ? SipTransportProtocol.Tcp : SipTransportProtocol.Udp;
            return new SipSource(protocol, new IPEndPoint(ip, sip.Port ?? 5060));
        }
        throw new ArgumentException("No next hop: the target host is not an IP literal and no proxy is configured (DNS SRV is not implemented).");
    }
}
