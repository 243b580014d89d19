using System.Net;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Transport;

/// <summary>
/// The transport layer of RFC 3261 §18: owns the listeners, turns received bytes into messages for the
/// <see cref="ISipMessageSink"/> (stamping the top Via, §18.2.1 / RFC 3581), answers unparsable requests with the
/// error's status code, drops what cannot be answered, and routes outbound responses and requests.
/// <see cref="Receive"/> never throws: every failure is a counter.
/// </summary>
public sealed class SipTransportLayer : IAsyncDisposable
{
    private readonly List<ISipTransport> _transports;
    private readonly SipParseLimits _limits;

    public SipTransportLayer(IEnumerable<ISipTransport> transports, SipParseLimits? limits = null)
    {
        _transports = transports.ToList();
        _limits = limits ?? SipParseLimits.Default;
    }

    public SipTransportCounters Counters { get; } = new();

    public IReadOnlyList<ISipTransport> Transports => _transports;

    /// <summary>Set before <see cref="Start"/>; receives every parsed message.</summary>
    public ISipMessageSink? Sink { get; set; }

    /// <summary>Receives the exception when <see cref="SipTransportCounters.InternalErrors"/> is counted (for logging).</summary>
    public Action<Exception>? OnInternalError { get; set; }

    public void Start()
    {
        foreach (var transport in _transports) transport.Start(Receive);
    }

    public ISipTransport? Find(SipTransportProtocol protocol) => _transports.FirstOrDefault(t => t.Protocol == protocol);

    /// <summary>The receive handler every transport calls; also the fuzzing entry point.</summary>
    public void Receive(ReadOnlySpan<byte> data, SipSource source)
    {
        try
        {
            ReceiveCore(data, source);
        }
        catch (Exception e)
        {
            OnInternalError?.Invoke(e);
            // A bug above us must not kill a receive loop: count it (tests assert zero) and drop the message.
            Counters.CountInternalError();
        }
    }

    private void ReceiveCore(ReadOnlySpan<byte> data, SipSource source)
    {
        if (!SipMessageParser.TryParse(data, _limits, out var message, out var error))
        {
            HandleParseError(data, source, error);
            return;
        }
        if (message is SipRequest request)
        {
            Counters.CountRequest();
            var top = request.TopVia;
            if (top is not null && ResponseRouting.StampTopVia(top, source.Remote) is { } stamped) request.ReplaceTopVia(stamped);
            Sink?.OnRequest(request, source);
        }
        else if (message is SipResponse response)
        {
            Counters.CountResponse();
            Sink?.OnResponse(response, source);
        }
    }

    private void HandleParseError(ReadOnlySpan<byte> data, SipSource source, SipParseError error)
    {
        if (error == SipParseError.Empty)
        {
            Counters.CountKeepAlive();
            return;
        }
        var response = ErrorResponseBuilder.TryBuild(data, error);
        if (response is null)
        {
            Counters.CountDropped();
            return;
        }
        SendResponse(response, source);
        Counters.CountErrorResponse();
    }

    /// <summary>
    /// Sends a response back toward the client (RFC 3261 §18.2.2): on the request's connection for streams, else to
    /// received/rport of the top Via (RFC 3581 §4).
    /// </summary>
    public bool SendResponse(SipResponse response, SipSource requestSource)
    {
        var transport = Find(requestSource.Protocol);
        if (transport is null) return false;
        byte[] bytes = response.ToArray();
        if (requestSource.IsReliable) return transport.TrySend(bytes, requestSource.Remote, requestSource.ConnectionId);
        var destination = ResponseRouting.UnreliableDestination(response.TopVia, requestSource.Remote);
        return transport.TrySend(bytes, destination, 0);
    }

    /// <summary>Sends a request to a resolved next hop (RFC 3261 §18.1.1); streams reuse an open connection to that peer.</summary>
    public bool SendRequest(SipRequest request, SipSource destination)
    {
        var transport = Find(destination.Protocol);
        return transport is not null && transport.TrySend(request.ToArray(), destination.Remote, destination.ConnectionId);
    }

    /// <summary>The address to put in Via sent-by and Contact for a protocol.</summary>
    public IPEndPoint? LocalEndPoint(SipTransportProtocol protocol) => Find(protocol)?.LocalEndPoint;

    public async ValueTask DisposeAsync()
    {
        foreach (var transport in _transports) await transport.DisposeAsync().ConfigureAwait(false);
    }
}
