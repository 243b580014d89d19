using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Transport;

/// <summary>
/// One SIP-over-TCP connection (RFC 3261 §18.3): reads into a growing buffer, cuts messages with
/// <see cref="SipStreamFramer"/>, answers RFC 5626 CRLF pings, and closes itself after an idle period.
/// A framing error (bad Content-Length, oversize) is connection-fatal: the stream can no longer be resynchronised.
/// </summary>
internal sealed class TcpSipConnection
{
    private static readonly byte[] Pong = "\r\n"u8.ToArray();
    private readonly Socket _socket;
    private readonly Lock _sendGate = new();
    private readonly SipParseLimits _limits;
    private readonly TimeSpan _idleTimeout;
    private long _lastActivityTicks;

    public TcpSipConnection(long id, Socket socket, SipParseLimits limits, TimeSpan idleTimeout)
    {
        Id = id;
        _socket = socket;
        _limits = limits;
        _idleTimeout = idleTimeout;
        Remote = (IPEndPoint)socket.RemoteEndPoint!;
        Touch();
    }

    public long Id { get; }
    public IPEndPoint Remote { get; }
    public bool IsClosed { get; private set; }

    private void Touch() => Interlocked.Exchange(ref _lastActivityTicks, Environment.TickCount64);

    private bool IdleExpired => Environment.TickCount64 - Interlocked.Read(ref _lastActivityTicks) >= (long)_idleTimeout.TotalMilliseconds;

    public bool TrySend(ReadOnlySpan<byte> data)
    {
        if (IsClosed) return false;
        try
        {
            lock (_sendGate)
            {
                while (!data.IsEmpty) data = data[_socket.Send(data, SocketFlags.None)..];
            }
            Touch();
            return true;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Close();
            return false;
        }
    }

    /// <summary>Reads until the peer closes, the stream is unframeable, or the connection idles out.</summary>
    public async Task RunAsync(SipDataReceived onData, CancellationToken stop)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(8192);
        int filled = 0;
        var source = new SipSource(SipTransportProtocol.Tcp, Remote, Id);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (filled == buffer.Length) buffer = Grow(buffer, filled);
                int read = await ReadWithIdleTimeoutAsync(buffer.AsMemory(filled), stop).ConfigureAwait(false);
                if (read <= 0) return;
                filled += read;
                Touch();
                if (!DrainFrames(buffer, ref filled, onData, source)) return;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Close();
        }
    }

    private async Task<int> ReadWithIdleTimeoutAsync(Memory<byte> into, CancellationToken stop)
    {
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stop);
            idle.CancelAfter(_idleTimeout);
            try
            {
                return await _socket.ReceiveAsync(into, SocketFlags.None, idle.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                if (IdleExpired) return 0; // nothing sent or received for a whole idle period
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return 0;
            }
        }
    }

    /// <summary>Hands every complete frame to the receiver; false when the stream is broken.</summary>
    private bool DrainFrames(byte[] buffer, ref int filled, SipDataReceived onData, SipSource source)
    {
        var sequence = new ReadOnlySequence<byte>(buffer, 0, filled);
        SipFrameResult result;
        while (true)
        {
            result = SipStreamFramer.TryRead(ref sequence, _limits, out var frame, out _, out bool pong);
            if (pong) TrySend(Pong); // a ping may arrive alone (NeedMoreData) or before a message
            if (result != SipFrameResult.Ok) break;
            onData(frame.FirstSpan, source); // single segment: the buffer is one array
        }
        if (result == SipFrameResult.Invalid) return false;
        int consumed = filled - (int)sequence.Length;
        if (consumed > 0)
        {
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
        }
        return true;
    }

    private byte[] Grow(byte[] buffer, int filled)
    {
        if (buffer.Length >= _limits.MaxMessageSize * 2) throw new InvalidDataException("SIP stream frame exceeds limits");
        byte[] bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, bigger, 0, filled);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }

    public void Close()
    {
        if (IsClosed) return;
        IsClosed = true;
        try { _socket.Shutdown(SocketShutdown.Both); } catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        _socket.Dispose();
    }
}
