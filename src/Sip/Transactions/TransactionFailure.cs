namespace MediaCore.Sip.Transactions;

/// <summary>Why a client transaction ended without a final response (RFC 3261 §8.1.3.1: treat as 408 / 503).</summary>
public enum TransactionFailure
{
    Timeout,
    TransportError,
}
