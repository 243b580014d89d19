using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Transactions;

/// <summary>Performing the machines' actions: sends, timers, TU notifications, removal.</summary>
public sealed partial class SipTransactionLayer
{
    private void Dispatch(SipTransaction transaction, TransactionEvent e)
    {
        if (transaction.IsTerminated && e.Kind != TransactionEventKind.Start) return;
        foreach (var action in transaction.Handle(e)) Perform(transaction, action);
    }

    private void Perform(SipTransaction transaction, TransactionAction action)
    {
        switch (action.Kind)
        {
            case TransactionActionKind.SendRequest:
                if (!_transport.SendRequest(transaction.Request, transaction.Peer)) DeferTransportError(transaction);
                break;
            case TransactionActionKind.SendAck:
                _transport.SendRequest(action.Request!, transaction.Peer);
                break;
            case TransactionActionKind.SendResponse:
                if (!_transport.SendResponse(action.Response!, transaction.Peer)) DeferTransportError(transaction);
                break;
            case TransactionActionKind.StartTimer:
                StartTimer(transaction, action.Timer, action.Delay);
                break;
            case TransactionActionKind.StopTimer:
                StopTimer(transaction, action.Timer);
                break;
            case TransactionActionKind.PassToUser:
                if (_callbacks.TryGetValue(transaction, out var cb)) cb.OnResponse(action.Response!);
                break;
            case TransactionActionKind.NotifyTimeout:
                NotifyFailure(transaction, TransactionFailure.Timeout);
                break;
            case TransactionActionKind.NotifyTransportError:
                NotifyFailure(transaction, TransactionFailure.TransportError);
                break;
            case TransactionActionKind.Terminate:
                Remove(transaction);
                break;
        }
    }

    private void NotifyFailure(SipTransaction transaction, TransactionFailure failure)
    {
        if (_callbacks.TryGetValue(transaction, out var cb)) cb.OnFailure?.Invoke(failure);
        else if (_server.ContainsKey(transaction.Key)) User?.OnServerTransactionFailed(transaction);
    }

    // A send failure is reported as its own event after the current action list, so a machine never re-enters itself.
    private void DeferTransportError(SipTransaction transaction) =>
        _timerQueue.Schedule(TimeSpan.Zero, () => { lock (Gate) Dispatch(transaction, TransactionEvent.TransportFailed()); });

    private void StartTimer(SipTransaction transaction, SipTimer timer, TimeSpan delay)
    {
        StopTimer(transaction, timer);
        if (!_timers.TryGetValue(transaction, out var timers)) _timers[transaction] = timers = new Dictionary<SipTimer, IDisposable>();
        IDisposable? handle = null;
        handle = _timerQueue.Schedule(delay, () =>
        {
            lock (Gate)
            {
                // Only the handle still registered may fire: a restarted or stopped timer's old callback is stale.
                if (!_timers.TryGetValue(transaction, out var current) || !current.TryGetValue(timer, out var live) || live != handle) return;
                current.Remove(timer);
                Dispatch(transaction, TransactionEvent.Fired(timer));
            }
        });
        timers[timer] = handle;
    }

    private void StopTimer(SipTransaction transaction, SipTimer timer)
    {
        if (_timers.TryGetValue(transaction, out var timers) && timers.Remove(timer, out var handle)) handle.Dispose();
    }

    private void Remove(SipTransaction transaction)
    {
        if (_timers.Remove(transaction, out var timers))
            foreach (var handle in timers.Values) handle.Dispose();
        _callbacks.Remove(transaction);
        if (_server.TryGetValue(transaction.Key, out var s) && s == transaction) _server.Remove(transaction.Key);
        if (_client.TryGetValue(transaction.Key, out var c) && c == transaction) _client.Remove(transaction.Key);
    }
}
