using MediaCore.Sip.Messages;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Calls;

/// <summary>The transaction user: routing requests to calls, new INVITEs through the trunk check, everything else answered here.</summary>
public sealed partial class SipEndpoint
{
    private const string AcceptedBodies = "application/sdp, message/sipfrag";

    void ISipTransactionUser.OnRequest(SipRequest request, SipTransaction transaction)
    {
        if (request.Require.Count > 0)
        {
            // RFC 3261 §8.2.2.3: we implement no option tags a peer could require.
            var bad = Respond(transaction, SipStatusCodes.BadExtension);
            bad.Headers.Add(SipHeaderNames.Unsupported, string.Join(", ", request.Require));
            _transactions.Respond(transaction, bad);
            return;
        }
        string? toTag = request.To?.Tag;
        if (toTag is not null && request.Method != SipMethods.Cancel)
        {
            if (_calls.TryGetValue(KeyOf(request.CallId!, toTag), out var call) && call.Dialog is not null) call.OnInDialogRequest(request, transaction);
            else _transactions.Respond(transaction, Respond(transaction, SipStatusCodes.CallOrTransactionDoesNotExist));
            return;
        }
        switch (request.Method)
        {
            case SipMethods.Invite:
                OnNewInvite(request, (InviteServerTransaction)transaction);
                break;
            case SipMethods.Cancel:
                OnCancel(request, transaction);
                break;
            case SipMethods.Options:
                var ok = Respond(transaction, SipStatusCodes.Ok);
                ok.Headers.Add(SipHeaderNames.Accept, AcceptedBodies);
                ok.Headers.Add(SipHeaderNames.Supported, CallServices.SupportedExtensions);
                _transactions.Respond(transaction, ok);
                break;
            case SipMethods.Bye or SipMethods.Notify or SipMethods.Refer or SipMethods.Info or SipMethods.Update or SipMethods.Prack:
                _transactions.Respond(transaction, Respond(transaction, SipStatusCodes.CallOrTransactionDoesNotExist));
                break;
            case SipMethods.Register or SipMethods.Subscribe or SipMethods.Publish or SipMethods.Message:
                _transactions.Respond(transaction, Respond(transaction, SipStatusCodes.MethodNotAllowed)); // known, not served by us
                break;
            default:
                _transactions.Respond(transaction, Respond(transaction, SipStatusCodes.NotImplemented));
                break;
        }
    }

    private void OnNewInvite(SipRequest invite, InviteServerTransaction transaction)
    {
        var decision = _authorizer.Authorize(invite, transaction.Peer);
        if (!decision.IsAccepted)
        {
            var reject = Respond(transaction, decision.StatusCode);
            if (decision.Challenge is not null) reject.Headers.Add(SipHeaderNames.WwwAuthenticate, decision.Challenge);
            _transactions.Respond(transaction, reject);
            _options.Log($"SIP INVITE from {transaction.Peer.Remote.Address} rejected {decision.StatusCode}");
            return;
        }
        var call = SipCall.TryCreateInbound(_services, invite, transaction);
        if (call is null) return;
        call.Trunk = decision.Trunk;
        call.Tenant = decision.Tenant;
        _calls[KeyOf(call.CallId, call.LocalTagForTable)] = call;
        _callsByInvite[transaction] = call;
        _options.Log($"SIP call {call.CallId} from {LogMask.User(call.RemoteUser)} to {LogMask.User(call.LocalUser)} via trunk '{decision.Trunk!.Name}'");
        if (IncomingCall is null)
        {
            call.Reject(SipStatusCodes.TemporarilyUnavailable);
            return;
        }
        call.ArmUnansweredTimeout(_options.UnansweredTimeout);
        IncomingCall(call);
    }

    /// <summary>RFC 3261 §9.2: 200 to the CANCEL when it matches an INVITE transaction (481 otherwise), then 487 to the INVITE.</summary>
    private void OnCancel(SipRequest cancel, SipTransaction transaction)
    {
        var invite = _transactions.FindInviteFor(cancel);
        if (invite is null)
        {
            _transactions.Respond(transaction, Respond(transaction, SipStatusCodes.CallOrTransactionDoesNotExist));
            return;
        }
        string? toTag = invite.LastResponse?.To?.Tag;
        _transactions.Respond(transaction, SipResponseFactory.CreateResponse(cancel, SipStatusCodes.Ok, toTag: toTag));
        if (_callsByInvite.TryGetValue(invite, out var call)) call.OnCancelled();
    }

    void ISipTransactionUser.OnAck(SipRequest ack, SipSource source)
    {
        if (ack.To?.Tag is { } tag && _calls.TryGetValue(KeyOf(ack.CallId!, tag), out var call)) call.OnAck(ack);
    }

    void ISipTransactionUser.OnStrayResponse(SipResponse response, SipSource source)
    {
        if (response.From?.Tag is { } tag && _calls.TryGetValue(KeyOf(response.CallId!, tag), out var call)) call.OnStray2xx(response);
    }

    void ISipTransactionUser.OnServerTransactionFailed(SipTransaction transaction) => _callsByInvite.Remove(transaction);

    private SipResponse Respond(SipTransaction transaction, int statusCode)
    {
        var response = SipResponseFactory.CreateResponse(transaction.Request, statusCode);
        response.Headers.Add(SipHeaderNames.Server, _options.UserAgent);
        if (statusCode is SipStatusCodes.Ok or SipStatusCodes.MethodNotAllowed or SipStatusCodes.NotImplemented)
            response.Headers.Add(SipHeaderNames.Allow, CallServices.AllowedMethods);
        return response;
    }
}
