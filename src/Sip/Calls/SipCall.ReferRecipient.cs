using MediaCore.Sip.Messages;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Calls;

/// <summary>
/// Transferee side of RFC 3515: a peer REFERs us elsewhere. We answer 202, NOTIFY "100 Trying" at once (§2.4.4),
/// raise <see cref="TransferRequested"/>; the handler places the new call and reports its outcome through
/// <see cref="ReportTransferResult"/>, which sends the final sipfrag NOTIFY. With no handler the REFER gets 603.
/// </summary>
public sealed partial class SipCall
{
    private bool _referPending;

    /// <summary>The peer asked us to call this URI (RFC 3515 Refer-To).</summary>
    public event Action<SipCall, AddressUri>? TransferRequested;

    private void OnRefer(SipRequest refer, SipTransaction transaction)
    {
        if (TransferRequested is null || State != CallState.Established)
        {
            Respond(transaction, SipStatusCodes.Decline);
            return;
        }
        if (refer.ReferTo is not { } referTo)
        {
            Respond(transaction, SipStatusCodes.BadRequest, "Bad Request - Missing Refer-To");
            return;
        }
        Respond(transaction, SipStatusCodes.Accepted);
        _referPending = true;
        SendReferNotify(SipStatusCodes.Trying, terminated: false);
        Raise(TransferRequested, referTo.Uri);
    }

    /// <summary>Reports the transfer target's final status (200 when the new call was answered) and ends the implicit subscription.</summary>
    public void ReportTransferResult(int statusCode)
    {
        lock (Gate)
        {
            if (!_referPending || State == CallState.Ended) return;
            _referPending = false;
            SendReferNotify(statusCode, terminated: statusCode >= 200);
        }
    }

    private void SendReferNotify(int statusCode, bool terminated)
    {
        var notify = Dialog!.CreateRequest(SipMethods.Notify);
        notify.Headers.Add(SipHeaderNames.Event, "refer");
        notify.Headers.Add(SipHeaderNames.SubscriptionState, terminated ? "terminated;reason=noresource" : "active;expires=60");
        notify.Headers.Add(SipHeaderNames.Contact, _services.ContactFor(Dialog.Peer.Protocol).ToString());
        notify.SetBody("message/sipfrag;version=2.0", $"SIP/2.0 {statusCode} {SipStatusCodes.GetReasonPhrase(statusCode)}\r\n");
        Transactions.SendRequest(notify, Dialog.Peer, _ => { }, _ => { });
    }
}
