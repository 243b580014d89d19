namespace MediaCore.Server.Browser;

/// <summary>
/// Implemented by an <see cref="Streams.IStreamCallHandler"/> that can report what it is doing (transcripts,
/// replies, latency, tenant state). The browser transport attaches its sink before <c>OnStart</c>; telephony
/// transports never call this, so a handler must work without a sink.
/// </summary>
public interface ICallEventSource
{
    void AttachEvents(ICallEventSink events);
}
