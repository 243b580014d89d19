using System.Diagnostics;
using System.Net.WebSockets;
using MediaCore.Media.Frames;
using MediaCore.Server.Streams.Audio;
using MediaCore.Server.Streams.Wire;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Streams;

public sealed partial class StreamSession
{
    // Bumped (under the send lock) by every clear; a chunk built before a clear is never sent after it.
    private long _clearGeneration;
    private static readonly TimeSpan MaxCatchUp = TimeSpan.FromSeconds(1);
    private int _chunksSinceMark;

    /// <summary>Clear messages sent so far.</summary>
    public int ClearsSent { get; private set; }

    /// <summary>Stopwatch timestamp taken right after the last clear message left (0 before any).</summary>
    public long LastClearSentTimestamp { get; private set; }

    private async Task PaceAsync(StreamAudioFormat format, CancellationToken cancellationToken)
    {
        // No spin window: the provider buffers our audio, so sub-millisecond pacing buys nothing but CPU.
        using var clock = new FrameClock(spinWindow: TimeSpan.Zero);
        var frame = new short[format.SamplesPerFrame];
        var chunk = new byte[format.BytesPerFrame * _protocol.OutboundChunkFrames];
        var framesInChunk = 0;
        var generation = Interlocked.Read(ref _clearGeneration);
        while (!cancellationToken.IsCancellationRequested)
        {
            await clock.WaitNextAsync(cancellationToken).ConfigureAwait(false);
            // A short stall (GC, a busy core) is caught up by sending the late frames back to back — the provider
            // buffers them, and skipping would stretch the bot's speech and grow the echo lag. Only a long stall skips.
            if (Stopwatch.GetElapsedTime(clock.NextDeadline) > MaxCatchUp)
                clock.SkipMissed();
            var current = Interlocked.Read(ref _clearGeneration);
            if (current != generation)
                (framesInChunk, generation) = (0, current);
            var handler = _handler;
            if (handler is null)
                return;
            if (handler.TryReadBotAudio(frame))
            {
                StreamAudioCodec.Encode(format, frame, chunk.AsSpan(framesInChunk * format.BytesPerFrame));
                if (++framesInChunk < _protocol.OutboundChunkFrames)
                    continue;
            }
            else if (framesInChunk > 0)
            {
                // The bot paused mid-chunk: pad with silence rather than hold audio back (Exotel needs whole 100 ms chunks).
                Array.Clear(frame);
                for (; framesInChunk < _protocol.OutboundChunkFrames; framesInChunk++)
                    StreamAudioCodec.Encode(format, frame, chunk.AsSpan(framesInChunk * format.BytesPerFrame));
            }
            else
            {
                await MarkEndOfTalkAsync(generation, cancellationToken).ConfigureAwait(false);
                continue;
            }
            await SendChunkAsync(chunk, format, generation, cancellationToken).ConfigureAwait(false);
            framesInChunk = 0;
        }
    }

    private async ValueTask SendChunkAsync(byte[] chunk, StreamAudioFormat format, long generation, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Interlocked.Read(ref _clearGeneration) != generation || _socket.State != WebSocketState.Open)
                return;
            _protocol.WriteMedia(StartMessage(), Metadata!.StreamId, format, chunk);
            await SendMessageAsync(cancellationToken).ConfigureAwait(false);
            Playout!.OnAudioSent(chunk.Length / format.BytesPerSample);
            if (++_chunksSinceMark >= _protocol.ChunksPerMark)
                await SendMarkAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // When the bot falls silent, mark the tail so the end of its turn is acknowledged too.
    private async ValueTask MarkEndOfTalkAsync(long generation, CancellationToken cancellationToken)
    {
        if (_chunksSinceMark == 0)
            return;
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_chunksSinceMark > 0 && Interlocked.Read(ref _clearGeneration) == generation && _socket.State == WebSocketState.Open)
                await SendMarkAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async ValueTask SendMarkAsync(CancellationToken cancellationToken)
    {
        _chunksSinceMark = 0;
        var id = Playout!.IssueMark();
        _handler?.OnMarkIssued(new PlayoutMark(id, Playout.SentSamples, Playout.SampleRate));
        WriteMarkMessage(id);
        await SendMessageAsync(cancellationToken).ConfigureAwait(false);
    }

    private void WriteMarkMessage(long id)
    {
        Span<byte> name = stackalloc byte[MarkNames.MaxLength];
        _protocol.WriteMark(StartMessage(), Metadata!.StreamId, name[..MarkNames.Write(id, name)]);
    }

    private void OnClearRequested() => _ = SendClearAsync();

    /// <summary>Barge-in: drop what is queued here, tell the provider to drop what it buffered, write off unheard audio.</summary>
    private async Task SendClearAsync()
    {
        var lifetime = _lifetime;
        if (lifetime is null || Metadata is null)
            return;
        PlayoutMark lastHeard;
        try
        {
            await _sendLock.WaitAsync(lifetime.Token).ConfigureAwait(false);
            try
            {
                Interlocked.Increment(ref _clearGeneration);
                _chunksSinceMark = 0;
                lastHeard = Playout!.Clear();
                if (_socket.State != WebSocketState.Open)
                    return;
                _protocol.WriteClear(StartMessage(), Metadata.StreamId);
                await SendMessageAsync(lifetime.Token).ConfigureAwait(false);
                LastClearSentTimestamp = Now();
                ClearsSent++;
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            _logger.LogDebug("Stream {StreamId}: clear not sent, stream ending ({Error})", Metadata.StreamId, e.Message);
            return;
        }
        _handler?.OnClearSent(lastHeard);
    }

    private void OnHangupRequested() => _ = HangUpAsync();

    private async Task HangUpAsync()
    {
        try
        {
            await CloseAsync(new StreamFault(WebSocketCloseStatus.NormalClosure, "hangup"), _lifetime?.Token ?? default).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            _logger.LogDebug("Stream {StreamId}: hangup close failed ({Error})", Metadata?.StreamId, e.Message);
        }
    }

    private System.Text.Json.Utf8JsonWriter StartMessage()
    {
        _outbound.ResetWrittenCount();
        _json.Reset(_outbound);
        return _json;
    }

    private ValueTask SendMessageAsync(CancellationToken cancellationToken)
    {
        _json.Flush();
        return _socket.SendAsync(_outbound.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }
}
