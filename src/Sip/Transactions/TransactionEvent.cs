using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Transactions;

/// <summary>What can happen to a transaction: the inputs of the RFC 3261 §17 state machines.</summary>
public enum TransactionEventKind
{
    /// <summary>Client: the TU hands the request over to be sent.</summary>
    Start,
    /// <summary>Client: a response matched this transaction.</summary>
    ResponseReceived,
    /// <summary>Server: the request arrived again (a retransmission).</summary>
    RequestRetransmitted,
    /// <summary>Server (INVITE): an ACK for a non-2xx final response.</summary>
    AckReceived,
    /// <summary>Server: the TU sends a response.</summary>
    TuResponse,
    TimerFired,
    TransportError,
}

/// <summary>One input to a transaction machine.</summary>
public readonly record struct TransactionEvent(TransactionEventKind Kind, SipResponse? Response = null, SipTimer Timer = default)
{
    public static TransactionEvent Start() => new(TransactionEventKind.Start);
    public static TransactionEvent Received(SipResponse response) => new(TransactionEventKind.ResponseReceived, response);
    public static TransactionEvent Retransmission() => new(TransactionEventKind.RequestRetransmitted);
    public static TransactionEvent Ack() => new(TransactionEventKind.AckReceived);
    public static TransactionEvent Send(SipResponse response) => new(TransactionEventKind.TuResponse, response);
    public static TransactionEvent Fired(SipTimer timer) => new(TransactionEventKind.TimerFired, Timer: timer);
    public static TransactionEvent TransportFailed() => new(TransactionEventKind.TransportError);
}
