using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Transactions;

/// <summary>What a transaction machine asks its runner to do.</summary>
public enum TransactionActionKind
{
    /// <summary>(Re)send the transaction's request.</summary>
    SendRequest,
    /// <summary>Send the ACK carried in <see cref="TransactionAction.Request"/> (ICT, non-2xx, §17.1.1.3).</summary>
    SendAck,
    /// <summary>(Re)send <see cref="TransactionAction.Response"/>.</summary>
    SendResponse,
    StartTimer,
    StopTimer,
    /// <summary>Hand <see cref="TransactionAction.Response"/> to the TU.</summary>
    PassToUser,
    /// <summary>Tell the TU the transaction timed out (B, F, H).</summary>
    NotifyTimeout,
    NotifyTransportError,
    /// <summary>Remove the transaction; no more events will be accepted.</summary>
    Terminate,
}

/// <summary>One output of a transaction machine.</summary>
public readonly record struct TransactionAction(
    TransactionActionKind Kind, SipTimer Timer = default, TimeSpan Delay = default, SipResponse? Response = null, SipRequest? Request = null)
{
    public static TransactionAction SendRequest() => new(TransactionActionKind.SendRequest);
    public static TransactionAction SendAck(SipRequest ack) => new(TransactionActionKind.SendAck, Request: ack);
    public static TransactionAction SendResponse(SipResponse response) => new(TransactionActionKind.SendResponse, Response: response);
    public static TransactionAction StartTimer(SipTimer timer, TimeSpan delay) => new(TransactionActionKind.StartTimer, timer, delay);
    public static TransactionAction StopTimer(SipTimer timer) => new(TransactionActionKind.StopTimer, timer);
    public static TransactionAction PassToUser(SipResponse response) => new(TransactionActionKind.PassToUser, Response: response);
    public static TransactionAction Timeout() => new(TransactionActionKind.NotifyTimeout);
    public static TransactionAction TransportError() => new(TransactionActionKind.NotifyTransportError);
    public static TransactionAction Terminate() => new(TransactionActionKind.Terminate);
}
