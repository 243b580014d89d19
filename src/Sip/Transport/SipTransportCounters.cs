namespace MediaCore.Sip.Transport;

/// <summary>What the receive path did with inbound bytes; the fuzz tests and metrics read these.</summary>
public sealed class SipTransportCounters
{
    private long _requests, _responses, _errorResponses, _dropped, _keepAlives, _internalErrors;

    public long RequestsReceived => Interlocked.Read(ref _requests);
    public long ResponsesReceived => Interlocked.Read(ref _responses);

    /// <summary>Unparsable requests answered with 400/413/420/513.</summary>
    public long ErrorResponsesSent => Interlocked.Read(ref _errorResponses);

    /// <summary>Garbage, unparsable responses, and requests too broken to answer.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public long KeepAlives => Interlocked.Read(ref _keepAlives);

    /// <summary>Exceptions caught on the receive path (a bug above the transport); the message was dropped.</summary>
    public long InternalErrors => Interlocked.Read(ref _internalErrors);

    internal void CountRequest() => Interlocked.Increment(ref _requests);
    internal void CountResponse() => Interlocked.Increment(ref _responses);
    internal void CountErrorResponse() => Interlocked.Increment(ref _errorResponses);
    internal void CountDropped() => Interlocked.Increment(ref _dropped);
    internal void CountKeepAlive() => Interlocked.Increment(ref _keepAlives);
    internal void CountInternalError() => Interlocked.Increment(ref _internalErrors);
}
