using System.Diagnostics;
using System.Threading.Channels;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Uris;

namespace MediaCore.Bench.Load.Sip;

/// <summary>
/// One outbound call as a minimal UAC (RFC 3261): INVITE with an SDP offer, Timer A retransmission until a 1xx,
/// Timer B give-up; 2xx → ACK (a new transaction, §13.2.2.4; re-sent for every 2xx retransmission); 3xx–6xx → ACK on
/// the INVITE's branch (§17.1.1.3); BYE with Timer E retransmission until its final response (§17.1.2.2).
/// No digest, no forking, no re-INVITE: a load target answers once.
/// </summary>
public sealed class SipCallLeg
{
    private const string SdpContentType = "application/sdp";
    private readonly LoadSipClient _client;
    private readonly Channel<(SipResponse Response, long Arrival)> _responses =
        Channel.CreateUnbounded<(SipResponse, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _remoteBye = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SipAddressHeader? _remoteTo;
    private AddressUri? _remoteTarget;
    private SipRequest? _lastAck;
    private int _cseq = 1;

    internal SipCallLeg(LoadSipClient client, string user, SipTimers timers)
    {
        _client = client;
        Timers = timers;
        var local = client.LocalEndPoint;
        CallId = SipResponseFactory.NewTag() + "@bench";
        LocalTag = SipResponseFactory.NewTag();
        From = new SipAddressHeader(new NameAddress(new SipUri(local.Address.ToString(), user, local.Port))) { Tag = LocalTag };
        RequestUri = new SipUri(client.Target.Address.ToString(), "agent", client.Target.Port);
    }

    public string CallId { get; }

    public string LocalTag { get; }

    public SipAddressHeader From { get; }

    public SipUri RequestUri { get; }

    public SipTimers Timers { get; }

    /// <summary>Completes when the target hung up first (its BYE was answered with 200).</summary>
    public Task RemoteHangup => _remoteBye.Task;

    /// <summary>Sends the INVITE and runs the client transaction to its end.</summary>
    public async Task<InviteOutcome> InviteAsync(SdpSession offer, SdpOfferAnswer negotiator, CancellationToken cancellation)
    {
        var invite = NewRequest(SipMethods.Invite, RequestUri, new SipAddressHeader(new NameAddress(RequestUri)));
        invite.SetBody(SdpContentType, offer.ToString());
        long start = Stopwatch.GetTimestamp();
        _client.Send(invite);
        var interval = Timers.T1;
        var nextRetransmit = Timers.T1;
        TimeSpan? provisional = null;
        int retransmissions = 0;
        while (true)
        {
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed >= Timers.TransactionTimeout)
                return new InviteOutcome(0, elapsed, provisional, retransmissions, null);
            var wait = (provisional is null ? Min(nextRetransmit, Timers.TransactionTimeout) : Timers.TransactionTimeout) - elapsed;
            var next = await ReadAsync(wait, cancellation).ConfigureAwait(false);
            if (next is not var (response, arrival))
            {
                if (provisional is null && Stopwatch.GetElapsedTime(start) >= nextRetransmit)
                {
                    _client.Send(invite);   // Timer A: T1, 2·T1, 4·T1 … (§17.1.1.2)
                    retransmissions++;
                    interval *= 2;
                    nextRetransmit += interval;
                }
                continue;
            }
            if (response.CSeq?.Method != SipMethods.Invite)
                continue;
            var at = Stopwatch.GetElapsedTime(start, arrival);
            if (response.IsProvisional)
            {
                provisional ??= at;
                continue;
            }
            return Complete(invite, offer, negotiator, response, at, provisional, retransmissions);
        }
    }

    /// <summary>Sends BYE and waits for its final response; returns its status (0 when Timer F fired).</summary>
    public async Task<int> ByeAsync(CancellationToken cancellation)
    {
        if (_remoteTo is null || _remoteTarget is null)
            throw new InvalidOperationException("No dialog: the INVITE was not answered with 2xx.");
        var bye = NewRequest(SipMethods.Bye, _remoteTarget, _remoteTo);
        long start = Stopwatch.GetTimestamp();
        _client.Send(bye);
        var interval = Timers.T1;
        var nextRetransmit = Timers.T1;
        while (Stopwatch.GetElapsedTime(start) < Timers.TransactionTimeout)
        {
            var wait = Min(nextRetransmit, Timers.TransactionTimeout) - Stopwatch.GetElapsedTime(start);
            var next = await ReadAsync(wait, cancellation).ConfigureAwait(false);
            if (next is var (response, _))
            {
                if (response.CSeq?.Method == SipMethods.Bye && response.IsFinal)
                    return response.StatusCode;
                continue;
            }
            if (Stopwatch.GetElapsedTime(start) >= nextRetransmit)
            {
                _client.Send(bye);   // Timer E: T1 doubling up to T2 (§17.1.2.2)
                interval = Min(interval * 2, Timers.T2);
                nextRetransmit += interval;
            }
        }
        return 0;
    }

    /// <summary>Stops routing responses to this leg.</summary>
    public void Close() => _client.Forget(this);

    internal void OnResponse(SipResponse response, long arrival)
    {
        // A retransmitted 2xx means our ACK was lost: the UAC core re-sends it (§13.2.2.4).
        if (_lastAck is not null && response.IsSuccess && response.CSeq?.Method == SipMethods.Invite)
        {
            _client.Send(_lastAck);
            return;
        }
        _responses.Writer.TryWrite((response, arrival));
    }

    internal void OnRemoteBye() => _remoteBye.TrySetResult();

    private InviteOutcome Complete(SipRequest invite, SdpSession offer, SdpOfferAnswer negotiator, SipResponse response,
        TimeSpan at, TimeSpan? provisional, int retransmissions)
    {
        if (!response.IsSuccess)
        {
            _client.Send(SipRequestFactory.CreateAckForNonSuccess(invite, response));
            return new InviteOutcome(response.StatusCode, at, provisional, retransmissions, null);
        }
        _remoteTo = response.To;
        _remoteTarget = response.Contacts.FirstOrDefault()?.Uri ?? RequestUri;
        _cseq--; // the ACK for a 2xx carries the INVITE's CSeq number (§13.2.2.4)
        _lastAck = NewRequest(SipMethods.Ack, _remoteTarget, _remoteTo!);
        _client.Send(_lastAck);
        SdpNegotiatedMedia? media = null;
        if (SdpSession.TryParse(response.Body.Span, out var answer, out _))
            negotiator.TryApplyAnswer(offer, answer, out media, out _);
        return new InviteOutcome(response.StatusCode, at, provisional, retransmissions, media);
    }

    private SipRequest NewRequest(string method, AddressUri target, SipAddressHeader to)
    {
        var local = _client.LocalEndPoint;
        var request = new SipRequest(method, target);
        request.PushVia(new SipVia("UDP", local.Address.ToString(), local.Port, SipResponseFactory.NewBranch()) );
        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        request.Headers.Add(SipHeaderNames.From, From.ToString());
        request.Headers.Add(SipHeaderNames.To, to.ToString());
        request.Headers.Add(SipHeaderNames.CallId, CallId);
        request.CSeq = new SipCSeq(_cseq++, method);
        request.Headers.Add(SipHeaderNames.Contact, $"<sip:bench@{local.Address}:{local.Port}>");
        request.Headers.Add(SipHeaderNames.UserAgent, "MediaCore.Bench.Load");
        return request;
    }

    private async Task<(SipResponse, long)?> ReadAsync(TimeSpan wait, CancellationToken cancellation)
    {
        if (_responses.Reader.TryRead(out var ready))
            return ready;
        if (wait <= TimeSpan.Zero)
            return null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(wait);
        try
        {
            await _responses.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return null;
        }
        return _responses.Reader.TryRead(out var item) ? item : null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
