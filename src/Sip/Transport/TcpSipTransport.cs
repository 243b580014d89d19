using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Transport;

/// <summary>
/// SIP over TCP (RFC 3261 §18.3): a listener plus a table of live connections. Responses go back on the connection
/// the request came on; outbound requests reuse an open connection to the same peer before connecting anew
/// (RFC 3261 §18.1.1 / RFC 5923 spirit). Idle connections close themselves.
/// </summary>
public sealed class TcpSipTransport : ISipTransport
{
    private readonly Socket _listener;
    private readonly ConcurrentDictionary<long, TcpSipConnection> _connections = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SipParseLimits _limits;
    private long _nextId;
    private SipDataReceived? _onData;
    private Task _acceptLoop = Task.CompletedTask;

    public TcpSipTransport(IPEndPoint bindTo, TimeSpan? idleTimeout = null, SipParseLimits? limits = null)
    {
        _listener = new Socket(bindTo.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        _listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Bind(bindTo);
        _listener.Listen(128);
        LocalEndPoint = (IPEndPoint)_listener.LocalEndPoint!;
        IdleTimeout = idleTimeout ?? TimeSpan.FromMinutes(2);
        _limits = limits ?? SipParseLimits.Default;
    }

    public SipTransportProtocol Protocol => SipTransportProtocol.Tcp;
    public IPEndPoint LocalEndPoint { get; }
    public TimeSpan IdleTimeout { get; }

    /// <summary>Open connections (accepted and outbound).</summary>
    public int ConnectionCount => _connections.Count;

    public void Start(SipDataReceived onData)
    {
        _onData = onData;
        _acceptLoop = AcceptLoopAsync(_stop.Token);
    }

    private async Task AcceptLoopAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException) { return; }
            catch (SocketException) { continue; }
            Track(socket);
        }
    }

    private TcpSipConnection Track(Socket socket)
    {
        socket.NoDelay = true;
        var connection = new TcpSipConnection(Interlocked.Increment(ref _nextId), socket, _limits, IdleTimeout);
        _connections[connection.Id] = connection;
        _ = RunConnectionAsync(connection);
        return connection;
    }

    private async Task RunConnectionAsync(TcpSipConnection connection)
    {
        await Task.Yield();
        try
        {
            await connection.RunAsync(_onData!, _stop.Token).ConfigureAwait(false);
        }
        catch (InvalidDataException) { }
        finally
        {
            _connections.TryRemove(connection.Id, out _);
            connection.Close();
        }
    }

    public bool TrySend(ReadOnlySpan<byte> data, IPEndPoint remote, long connectionId)
    {
        if (connectionId != 0 && _connections.TryGetValue(connectionId, out var byId) && byId.TrySend(data)) return true;
        foreach (var open in _connections.Values)
            if (open.Remote.Equals(remote) && open.TrySend(data)) return true;
        var connected = TryConnect(remote);
        return connected is not null && connected.TrySend(data);
    }

    private TcpSipConnection? TryConnect(IPEndPoint remote)
    {
        if (_onData is null) return null;
        var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            // Synchronous connect keeps the send path simple; callers reach trunks over low-latency links.
            socket.Connect(remote);
            return Track(socket);
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Dispose();
        foreach (var connection in _connections.Values) connection.Close();
        await _acceptLoop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
