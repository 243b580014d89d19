using MediaCore.Sip.Messages;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Transactions;

/// <summary>The transaction user (UA core, RFC 3261 §8, §13): what the transaction layer passes up.</summary>
public interface ISipTransactionUser
{
    /// <summary>A new request; <paramref name="transaction"/> is its server transaction (answer through the layer).</summary>
    void OnRequest(SipRequest request, SipTransaction transaction);

    /// <summary>An ACK that matched no INVITE server transaction: the ACK for a 2xx (§17.2.3, §13.3.1.4).</summary>
    void OnAck(SipRequest ack, SipSource source);

    /// <summary>A response with no client transaction: a retransmitted 2xx to INVITE the dialog must ACK again (§13.2.2.4).</summary>
    void OnStrayResponse(SipResponse response, SipSource source);

    /// <summary>A server transaction timed out (no ACK, Timer H) or its transport failed.</summary>
    void OnServerTransactionFailed(SipTransaction transaction);
}
