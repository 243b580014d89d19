using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Calls;

/// <summary>What a call needs from its endpoint: the transaction layer, offer/answer, our Contact, and the call table.</summary>
internal sealed class CallServices
{
    public required SipTransactionLayer Transactions { get; init; }
    public required SdpOfferAnswer OfferAnswer { get; init; }
    public required ICallMediaFactory MediaFactory { get; init; }
    public required Func<SipTransportProtocol, SipContact> ContactFor { get; init; }
    public required string UserAgent { get; init; }
    public required Action<SipCall> Forget { get; init; }

    public const string AllowedMethods = "INVITE, ACK, CANCEL, BYE, OPTIONS, REFER, NOTIFY, INFO";
    public const string SupportedExtensions = "replaces, norefersub";
}
