using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Transport;

/// <summary>The layer above the transport (the transaction layer): receives parsed, Via-stamped messages.</summary>
public interface ISipMessageSink
{
    void OnRequest(SipRequest request, SipSource source);

    void OnResponse(SipResponse response, SipSource source);
}
