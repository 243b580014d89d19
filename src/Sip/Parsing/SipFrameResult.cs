namespace MediaCore.Sip.Parsing;

/// <summary>The three outcomes of <see cref="SipStreamFramer.TryRead(ref System.Buffers.ReadOnlySequence{byte}, SipParseLimits, out System.Buffers.ReadOnlySequence{byte}, out SipParseError)"/>.</summary>
public enum SipFrameResult
{
    /// <summary>Not a whole message yet: read more and call again (already-skipped keep-alive CRLFs are consumed).</summary>
    NeedMoreData,

    /// <summary>One whole message was cut and the buffer advanced past it.</summary>
    Ok,

    /// <summary>Framing is lost (no/oversized Content-Length, headers too large): answer if possible, then close.</summary>
    Invalid,
}
