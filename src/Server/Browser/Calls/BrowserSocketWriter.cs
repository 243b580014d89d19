using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace MediaCore.Server.Browser;

/// <summary>
/// The one writer of a call's WebSocket (a WebSocket allows one send at a time). Control messages queue to a
/// channel drained by <see cref="RunControlLoopAsync"/>; bot audio is sent directly by the pacer. Barge-in works
/// by epoch: <see cref="RequestFlush"/> bumps the epoch and marks a flush pending; whoever takes the send lock next
/// sends the flush first, and an audio frame read under an older epoch is dropped, so no pre-barge-in audio can
/// follow the flush on the wire.
/// </summary>
internal sealed class BrowserSocketWriter
{
    /// <summary>Control messages allowed to wait; beyond this the oldest (stale partial transcripts) are dropped.</summary>
    private const int ControlQueueLimit = 256;

    private static readonly byte[] FlushWakeUp = [];

    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Channel<byte[]> _controls = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(ControlQueueLimit) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });
    private readonly byte[] _audioBytes = new byte[BrowserWire.FrameBytes];
    private int _epoch;
    private int _flushPending;
    private int _closed;
    private long _audioFramesSent;
    private long _flushesSent;

    private readonly Action _flushSent;

    /// <param name="flushSent">Called (under the send lock) right after each flush message left.</param>
    public BrowserSocketWriter(WebSocket socket, Action flushSent)
    {
        _socket = socket;
        _flushSent = flushSent;
    }

    /// <summary>Changes on every flush request; the pacer reads it before pulling a frame.</summary>
    public int Epoch => Volatile.Read(ref _epoch);

    /// <summary>Bot audio frames that went out (the page can have played at most this many).</summary>
    public long AudioFramesSent => Interlocked.Read(ref _audioFramesSent);

    public long FlushesSent => Interlocked.Read(ref _flushesSent);

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public void EnqueueControl(byte[] message)
    {
        if (!IsClosed)
            _controls.Writer.TryWrite(message);
    }

    /// <summary>Barge-in: from now on no earlier audio is sent, and the page is told to flush as soon as possible.</summary>
    public void RequestFlush()
    {
        Interlocked.Increment(ref _epoch);
        Volatile.Write(ref _flushPending, 1);
        _controls.Writer.TryWrite(FlushWakeUp); // wakes the control loop so the flush goes out now, not at the next tick
    }

    public async Task RunControlLoopAsync(CancellationToken cancellationToken)
    {
        await foreach (var message in _controls.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (IsClosed)
                    return;
                await SendPendingFlushAsync(cancellationToken).ConfigureAwait(false);
                if (message.Length > 0)
                    await _socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
    }

    /// <summary>Sends one 20 ms frame unless a flush was requested after it was read (<paramref name="epochAtRead"/>).</summary>
    public async ValueTask<bool> SendAudioAsync(short[] frame, int epochAtRead, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsClosed)
                return false;
            await SendPendingFlushAsync(cancellationToken).ConfigureAwait(false);
            if (epochAtRead != Epoch)
                return false;
            for (var i = 0; i < BrowserWire.FrameSamples; i++)
                BinaryPrimitives.WriteInt16LittleEndian(_audioBytes.AsSpan(i * sizeof(short)), frame[i]);
            await _socket.SendAsync(_audioBytes, WebSocketMessageType.Binary, true, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _audioFramesSent);
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a last message (e.g. the ended state) and the close frame, once; later sends become no-ops.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason, byte[]? lastMessage, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0)
                return;
            _controls.Writer.TryComplete();
            if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                return;
            if (lastMessage is not null)
                await _socket.SendAsync(lastMessage, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            await _socket.CloseOutputAsync(status, BrowserCloseReason.Fit(reason), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async ValueTask SendPendingFlushAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _flushPending, 0) == 0)
            return;
        await _socket.SendAsync(BrowserOutboundMessage.Flush(), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _flushesSent);
        _flushSent();
    }
}
