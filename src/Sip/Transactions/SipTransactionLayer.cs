using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Transactions;

/// <summary>
/// The transaction layer (RFC 3261 §17): matches messages to transactions, creates server transactions for new
/// requests, runs the machines' actions (sends, timers from the shared <see cref="SipTimerQueue"/>, TU callbacks).
/// Everything above the transport runs under <see cref="Gate"/>, so machines and dialogs see one event at a time.
/// </summary>
public sealed partial class SipTransactionLayer : ISipMessageSink
{
    private readonly SipTransportLayer _transport;
    private readonly SipTimerQueue _timerQueue;
    private readonly Dictionary<string, SipTransaction> _server = new();
    private readonly Dictionary<string, SipTransaction> _client = new();
    private readonly Dictionary<SipTransaction, Dictionary<SipTimer, IDisposable>> _timers = new();
    private readonly Dictionary<SipTransaction, ClientCallbacks> _callbacks = new();

    public SipTransactionLayer(SipTransportLayer transport, SipTimerQueue timerQueue, SipTimerSettings settings)
    {
        _transport = transport;
        _timerQueue = timerQueue;
        Settings = settings;
    }

    /// <summary>The one lock the transaction, dialog and call layers share.</summary>
    public Lock Gate { get; } = new();

    public SipTimerSettings Settings { get; }

    public SipTransportLayer Transport => _transport;

    public SipTimerQueue TimerQueue => _timerQueue;

    public ISipTransactionUser? User { get; set; }

    public int ServerTransactionCount { get { lock (Gate) return _server.Count; } }
    public int ClientTransactionCount { get { lock (Gate) return _client.Count; } }

    public void OnRequest(SipRequest request, SipSource source)
    {
        lock (Gate)
        {
            string? key = TransactionKeys.ForServer(request);
            if (key is null) return;
            if (_server.TryGetValue(key, out var existing))
            {
                // RFC 6026 §8.4: an ACK reaching an INVITE transaction that sent a 2xx belongs to the TU.
                if (request.Method == SipMethods.Ack && existing is InviteServerTransaction { State: InviteServerTransaction.TransactionState.Accepted })
                {
                    User?.OnAck(request, source);
                    return;
                }
                Dispatch(existing, request.Method == SipMethods.Ack ? TransactionEvent.Ack() : TransactionEvent.Retransmission());
                return;
            }
            if (request.Method == SipMethods.Ack)
            {
                User?.OnAck(request, source);
                return;
            }
            SipTransaction transaction = request.Method == SipMethods.Invite
                ? new InviteServerTransaction(key, request, source, Settings)
                : new NonInviteServerTransaction(key, request, source, Settings);
            _server[key] = transaction;
            if (User is null) Respond(transaction, SipResponseFactory.CreateResponse(request, SipStatusCodes.ServiceUnavailable));
            else User.OnRequest(request, transaction);
        }
    }

    public void OnResponse(SipResponse response, SipSource source)
    {
        lock (Gate)
        {
            string? key = TransactionKeys.ForClient(response);
            if (key is not null && _client.TryGetValue(key, out var transaction))
            {
                Dispatch(transaction, TransactionEvent.Received(response));
                return;
            }
            // §17.1.3 / §18.1.2: responses that match nothing are dropped, except 2xx to INVITE, which the TU re-ACKs.
            if (response.IsSuccess && response.CSeq?.Method == SipMethods.Invite) User?.OnStrayResponse(response, source);
        }
    }

    /// <summary>Sends a response through a server transaction.</summary>
    public void Respond(SipTransaction serverTransaction, SipResponse response)
    {
        lock (Gate) Dispatch(serverTransaction, TransactionEvent.Send(response));
    }

    /// <summary>The INVITE server transaction a CANCEL targets (§9.2), or null.</summary>
    public InviteServerTransaction? FindInviteFor(SipRequest cancel)
    {
        lock (Gate)
        {
            string? key = TransactionKeys.InviteForCancel(cancel);
            return key is not null && _server.TryGetValue(key, out var t) ? t as InviteServerTransaction : null;
        }
    }

    /// <summary>
    /// Starts a client transaction. A top Via (our sent-by, a fresh branch, ;rport) is pushed unless
    /// <paramref name="keepVia"/> (CANCEL reuses the INVITE's Via, §9.1).
    /// </summary>
    public SipTransaction SendRequest(SipRequest request, SipSource nextHop, Action<SipResponse> onResponse,
        Action<TransactionFailure>? onFailure = null, bool keepVia = false)
    {
        lock (Gate)
        {
            if (!keepVia) PushOwnVia(request, nextHop);
            string key = TransactionKeys.ForClient(request) ?? throw new InvalidOperationException("request needs a Via branch and CSeq");
            SipTransaction transaction = request.Method == SipMethods.Invite
                ? new InviteClientTransaction(key, request, nextHop, Settings)
                : new NonInviteClientTransaction(key, request, nextHop, Settings);
            _client[key] = transaction;
            _callbacks[transaction] = new ClientCallbacks(onResponse, onFailure);
            Dispatch(transaction, TransactionEvent.Start());
            return transaction;
        }
    }

    /// <summary>Sends a request outside any transaction (the ACK for a 2xx, §13.2.2.4) with a fresh Via.</summary>
    public bool SendStateless(SipRequest request, SipSource nextHop)
    {
        if (request.TopVia is null) PushOwnVia(request, nextHop);
        return _transport.SendRequest(request, nextHop);
    }

    /// <summary>Sends a response outside any transaction (2xx retransmissions, §13.3.1.4).</summary>
    public bool SendResponseStateless(SipResponse response, SipSource requestSource) => _transport.SendResponse(response, requestSource);

    private void PushOwnVia(SipRequest request, SipSource nextHop)
    {
        var local = _transport.LocalEndPoint(nextHop.Protocol);
        var via = new SipVia(nextHop.ViaTransport, local?.Address.ToString() ?? "127.0.0.1", local?.Port, SipResponseFactory.NewBranch());
        via.RequestRPort();
        request.PushVia(via);
    }

    private sealed record ClientCallbacks(Action<SipResponse> OnResponse, Action<TransactionFailure>? OnFailure);
}
