using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Calls;

/// <summary>
/// Blind transfer, transferor side (RFC 3515): REFER with Refer-To to the peer, 202 Accepted, then NOTIFYs whose
/// sipfrag carries the new call's progress; a 2xx there ends our leg with BYE (<see cref="CallEndReason.Transferred"/>).
/// </summary>
public sealed partial class SipCall
{
    /// <summary>Asks the peer to call <paramref name="target"/> (a sip: or tel: URI). False when not established or not a URI.</summary>
    public bool Transfer(string target)
    {
        if (!AddressUri.TryParse(target, out var uri)) return false;
        lock (Gate)
        {
            if (State != CallState.Established || Dialog is null) return false;
            var refer = Dialog.CreateRequest(SipMethods.Refer);
            refer.Headers.Add(SipHeaderNames.ReferTo, new NameAddress(uri).ToString());
            refer.Headers.Add(SipHeaderNames.ReferredBy, Dialog.Local.Address.ToString());
            refer.Headers.Add(SipHeaderNames.Contact, _services.ContactFor(Dialog.Peer.Protocol).ToString());
            Transactions.SendRequest(refer, Dialog.Peer, OnReferResponse, _ => Raise(TransferProgress, SipStatusCodes.RequestTimeout));
            return true;
        }
    }

    private void OnReferResponse(SipResponse response)
    {
        if (response.IsProvisional) return;
        Raise(TransferProgress, response.StatusCode);
    }
}
