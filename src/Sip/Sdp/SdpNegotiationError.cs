namespace MediaCore.Sip.Sdp;

/// <summary>Why offer/answer failed. The call layer answers 488 Not Acceptable Here with <see cref="SdpOfferAnswer.IncompatibleMediaWarning"/>.</summary>
public enum SdpNegotiationError
{
    None = 0,

    /// <summary>No usable (non-zero-port, RTP/AVP) audio stream in the offer/answer.</summary>
    NoAudioStream,

    /// <summary>An audio stream exists but none of its codecs is one of ours.</summary>
    NoCommonCodec,

    /// <summary>The answer does not match our offer (different number of m= lines, codec we did not offer, no address).</summary>
    AnswerDoesNotMatchOffer,
}
