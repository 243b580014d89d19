using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace MediaCore.Server.Grpc;

/// <summary>
/// The response side of one call: headers, length-prefixed messages, then the status. A status sent before any
/// message goes out as a trailers-only response (a single HEADERS frame with END_STREAM); after messages it goes in
/// HTTP/2 trailers. Writes are serialised, and once the status is sent (e.g. the deadline fired while a handler
/// was still streaming) further writes fail instead of corrupting the stream.
/// </summary>
internal sealed class GrpcResponseStream(HttpResponse response)
{
    public const string GrpcContentType = "application/grpc";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _completed;

    public bool HasStarted => response.HasStarted;

    public async Task WriteMessageAsync(IMessage message, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_completed)
                throw new InvalidOperationException("the call has already completed");
            PrepareHeaders();
            var writer = response.BodyWriter;
            GrpcFrame.TryWriteHeader(writer.GetSpan(GrpcFrame.HeaderSize), message.CalculateSize(), out int written);
            writer.Advance(written);
            message.WriteTo(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task SendHeadersAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_completed || response.HasStarted)
                return;
            PrepareHeaders();
            await response.StartAsync(cancellationToken).ConfigureAwait(false);
            await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ends the call with <paramref name="status"/>; waits for an in-flight write to finish first.</summary>
    public async Task CompleteAsync(GrpcStatusCode status, string? message)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_completed)
                return;
            _completed = true;
            string code = ((int)status).ToString();
            if (!response.HasStarted)
            {
                PrepareHeaders();
                response.Headers["grpc-status"] = code;
                if (!string.IsNullOrEmpty(message))
                    response.Headers["grpc-message"] = GrpcMessageText.Encode(message);
                return;
            }
            response.AppendTrailer("grpc-status", code);
            if (!string.IsNullOrEmpty(message))
                response.AppendTrailer("grpc-message", GrpcMessageText.Encode(message));
        }
        finally
        {
            _gate.Release();
        }
    }

    private void PrepareHeaders()
    {
        if (response.HasStarted)
            return;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcContentType;
        response.Headers["grpc-accept-encoding"] = "identity";
    }
}
