using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Dialogs;

/// <summary>
/// Dialog state (RFC 3261 §12.1): identifiers, local/remote URIs, remote target, route set and CSeq counters, and
/// construction of in-dialog requests (§12.2.1.1). In-dialog requests go to <see cref="Peer"/>: the address the
/// dialog-creating message came from (UAS) or was sent to (UAC) — symmetric signalling that survives NAT.
/// </summary>
public sealed class SipDialog
{
    private SipDialog(string callId, string localTag, string remoteTag, SipAddressHeader local, SipAddressHeader remote,
        AddressUri remoteTarget, List<SipAddressHeader> routeSet, SipSource peer)
    {
        Id = new DialogId(callId, localTag, remoteTag);
        Local = local;
        Remote = remote;
        RemoteTarget = remoteTarget;
        RouteSet = routeSet;
        Peer = peer;
    }

    public DialogId Id { get; private set; }
    public DialogState State { get; set; } = DialogState.Early;

    /// <summary>Our From (UAC) / To (UAS) header, with our tag.</summary>
    public SipAddressHeader Local { get; }

    /// <summary>The peer's address header, with its tag.</summary>
    public SipAddressHeader Remote { get; private set; }

    /// <summary>The peer's Contact URI (§12.1.1); updated by target refresh requests (re-INVITE, §12.2.2).</summary>
    public AddressUri RemoteTarget { get; set; }

    public List<SipAddressHeader> RouteSet { get; }
    public SipSource Peer { get; set; }

    public int LocalCSeq { get; set; }
    public int? RemoteCSeq { get; set; }

    /// <summary>UAS side (§12.1.1): route set = Record-Route in order, remote target = Contact, remote CSeq = request's.</summary>
    public static SipDialog CreateUas(SipRequest request, string localTag, SipSource source)
    {
        var local = request.To!.Clone();
        local.Tag = localTag;
        var remote = request.From!.Clone();
        var target = request.Contacts.FirstOrDefault()?.Uri ?? remote.Uri;
        var dialog = new SipDialog(request.CallId!, localTag, remote.Tag ?? string.Empty, local, remote, target,
            request.RecordRoutes.ToList(), source)
        {
            RemoteCSeq = request.CSeq?.Number,
            LocalCSeq = 0,
        };
        return dialog;
    }

    /// <summary>UAC side (§12.1.2): route set = Record-Route reversed, remote target = Contact of the response.</summary>
    public static SipDialog CreateUac(SipRequest request, SipResponse response, SipSource nextHop)
    {
        var local = request.From!.Clone();
        var remote = response.To!.Clone();
        var target = response.Contacts.FirstOrDefault()?.Uri ?? request.RequestUri;
        var routes = response.RecordRoutes.Reverse().ToList();
        return new SipDialog(request.CallId!, local.Tag ?? string.Empty, remote.Tag ?? string.Empty, local, remote, target, routes, nextHop)
        {
            LocalCSeq = request.CSeq?.Number ?? 1,
            State = response.IsSuccess ? DialogState.Confirmed : DialogState.Early,
        };
    }

    /// <summary>
    /// §12.2.2: a remote CSeq lower than the last one is out of order (→ 500); records it otherwise.
    /// ACK and CANCEL reuse the INVITE's number and are not checked.
    /// </summary>
    public bool AcceptRemoteCSeq(SipRequest request)
    {
        if (request.Method is SipMethods.Ack or SipMethods.Cancel || request.CSeq is not { } cseq) return true;
        if (RemoteCSeq is int last && cseq.Number < last) return false;
        RemoteCSeq = cseq.Number;
        return true;
    }

    /// <summary>Builds a request within the dialog (§12.2.1.1): Request-URI = remote target, To/From with tags, Route set.</summary>
    public SipRequest CreateRequest(string method)
    {
        var request = new SipRequest(method, RemoteTarget);
        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        request.Headers.Add(SipHeaderNames.From, Local.ToString());
        request.Headers.Add(SipHeaderNames.To, Remote.ToString());
        request.Headers.Add(SipHeaderNames.CallId, Id.CallId);
        int number = method == SipMethods.Ack ? LocalCSeq : ++LocalCSeq;
        request.Headers.Add(SipHeaderNames.CSeq, number + " " + method);
        foreach (var route in RouteSet) request.Headers.Add(SipHeaderNames.Route, route.ToString());
        return request;
    }

    /// <summary>The ACK for a 2xx to the INVITE with CSeq <paramref name="inviteCSeq"/> (§13.2.2.4).</summary>
    public SipRequest CreateAck(int inviteCSeq)
    {
        var ack = new SipRequest(SipMethods.Ack, RemoteTarget);
        ack.Headers.Add(SipHeaderNames.MaxForwards, "70");
        ack.Headers.Add(SipHeaderNames.From, Local.ToString());
        ack.Headers.Add(SipHeaderNames.To, Remote.ToString());
        ack.Headers.Add(SipHeaderNames.CallId, Id.CallId);
        ack.Headers.Add(SipHeaderNames.CSeq, inviteCSeq + " " + SipMethods.Ack);
        foreach (var route in RouteSet) ack.Headers.Add(SipHeaderNames.Route, route.ToString());
        return ack;
    }

    /// <summary>An early dialog becomes confirmed; the remote tag may change with the 2xx (forking).</summary>
    public void Confirm(SipResponse response)
    {
        State = DialogState.Confirmed;
        if (response.To is { } to && to.Tag is { } tag)
        {
            Remote = to;
            Id = Id with { RemoteTag = tag };
        }
        if (response.Contacts.FirstOrDefault()?.Uri is { } contact) RemoteTarget = contact;
    }
}
