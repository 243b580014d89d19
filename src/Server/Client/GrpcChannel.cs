using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Google.Protobuf;
using MediaCore.Server.Grpc;

namespace MediaCore.Server.Client;

/// <summary>
/// gRPC calls over one HttpClient (HTTP/2 only: prior-knowledge h2c for http://, ALPN h2 for https://). Unary and
/// server streaming; status from trailers (or headers, for trailers-only responses) → <see cref="ControlApiException"/>.
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _address;
    private readonly string? _token;
    private readonly int _maxMessageSize;

    public GrpcChannel(Uri address, string? token, HttpMessageHandler? handler = null, int maxMessageSize = GrpcEndpoint.DefaultMaxMessageSize)
    {
        _http = new HttpClient(handler ?? new SocketsHttpHandler { EnableMultipleHttp2Connections = true }, disposeHandler: true)
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = Timeout.InfiniteTimeSpan, // deadlines are per call
        };
        _address = address;
        _token = token;
        _maxMessageSize = maxMessageSize;
    }

    public async Task<TResponse> UnaryAsync<TResponse>(string method, IMessage request, MessageParser<TResponse> parser, ControlCallOptions options = default)
        where TResponse : class, IMessage<TResponse>
    {
        TResponse? response = default;
        await foreach (var message in ServerStreamingAsync(method, request, parser, options).ConfigureAwait(false))
        {
            if (response is not null)
                throw new ControlApiException(GrpcStatusCode.Unimplemented, "unary call returned more than one message");
            response = message;
        }
        return response ?? throw new ControlApiException(GrpcStatusCode.Unimplemented, "unary call returned no message");
    }

    public async IAsyncEnumerable<TResponse> ServerStreamingAsync<TResponse>(string method, IMessage request, MessageParser<TResponse> parser,
        ControlCallOptions options = default, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TResponse : class, IMessage<TResponse>
    {
        using var deadline = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, options.CancellationToken, cancellationToken);
        if (options.Timeout is { } timeout)
            deadline.CancelAfter(timeout);
        using var message = BuildRequest(method, request, options.Timeout);
        using var response = await Guard(() => _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token), deadline).ConfigureAwait(false);
        CheckHeaders(response);
        var body = PipeReader.Create(await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false));
        while (true)
        {
            var next = await Guard(() => ReadMessageAsync(body, parser, linked.Token), deadline).ConfigureAwait(false);
            if (next is null)
                break;
            yield return next;
        }
        ThrowIfError(response.TrailingHeaders, "response ended without grpc-status");
    }

    private HttpRequestMessage BuildRequest(string method, IMessage request, TimeSpan? timeout)
    {
        int size = request.CalculateSize();
        var frame = new byte[GrpcFrame.HeaderSize + size];
        GrpcFrame.TryWriteHeader(frame, size, out _);
        request.WriteTo(frame.AsSpan(GrpcFrame.HeaderSize));
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_address, method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(frame),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        message.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        if (_token is not null)
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        if (timeout is { } t)
            message.Headers.TryAddWithoutValidation("grpc-timeout", GrpcTimeout.Format(t));
        return message;
    }

    private async Task<T?> ReadMessageAsync<T>(PipeReader body, MessageParser<T> parser, CancellationToken cancellationToken) where T : class, IMessage<T>
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            var result = GrpcFrame.TryRead(ref buffer, _maxMessageSize, out bool compressed, out var payload);
            if (result == GrpcFrameResult.Ok)
            {
                // Parse before advancing: the payload is a slice of the pipe's buffer. Examined = consumed, so a
                // further frame already buffered is returned by the next read without waiting for new bytes.
                var message = compressed ? null : TryParse(parser, payload);
                body.AdvanceTo(buffer.Start);
                return message ?? throw new ControlApiException(GrpcStatusCode.Internal,
                    compressed ? "compressed response without negotiation" : "response message could not be parsed");
            }
            body.AdvanceTo(buffer.Start, buffer.End);
            if (result != GrpcFrameResult.NeedMoreData)
                throw new ControlApiException(result == GrpcFrameResult.TooLarge ? GrpcStatusCode.ResourceExhausted : GrpcStatusCode.Internal, $"bad response frame: {result}");
            if (read.IsCompleted)
                return buffer.IsEmpty ? default : throw new ControlApiException(GrpcStatusCode.Internal, "response ended inside a message");
        }
    }

    private static T? TryParse<T>(MessageParser<T> parser, ReadOnlySequence<byte> payload) where T : class, IMessage<T>
    {
        try { return parser.ParseFrom(payload); }
        catch (InvalidProtocolBufferException) { return null; }
    }

    private static void CheckHeaders(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK)
            throw new ControlApiException(FromHttpStatus(response.StatusCode), $"HTTP {(int)response.StatusCode}");
        if (response.Content.Headers.ContentType?.MediaType?.StartsWith("application/grpc", StringComparison.Ordinal) != true)
            throw new ControlApiException(GrpcStatusCode.Unknown, "response is not application/grpc");
        if (response.Headers.Contains("grpc-status")) // trailers-only
            ThrowIfError(response.Headers, "");
    }

    private static void ThrowIfError(HttpHeaders headers, string missing)
    {
        if (!headers.TryGetValues("grpc-status", out var statusValues))
            throw new ControlApiException(GrpcStatusCode.Internal, missing);
        var status = int.TryParse(statusValues.FirstOrDefault(), out int code) ? (GrpcStatusCode)code : GrpcStatusCode.Unknown;
        if (status == GrpcStatusCode.Ok)
            return;
        string message = headers.TryGetValues("grpc-message", out var messages) ? GrpcMessageText.Decode(messages.FirstOrDefault()) : "";
        throw new ControlApiException(status, message);
    }

    /// <summary>PROTOCOL-HTTP2.md / http-grpc-status-mapping.md: what a non-200 HTTP status means as a gRPC status.</summary>
    private static GrpcStatusCode FromHttpStatus(HttpStatusCode status) => (int)status switch
    {
        400 => GrpcStatusCode.Internal,
        401 => GrpcStatusCode.Unauthenticated,
        403 => GrpcStatusCode.PermissionDenied,
        404 => GrpcStatusCode.Unimplemented,
        429 or 502 or 503 or 504 => GrpcStatusCode.Unavailable,
        _ => GrpcStatusCode.Unknown,
    };

    private static async Task<T> Guard<T>(Func<Task<T>> action, CancellationTokenSource deadline)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new ControlApiException(GrpcStatusCode.DeadlineExceeded, "deadline exceeded");
        }
        catch (OperationCanceledException)
        {
            throw new ControlApiException(GrpcStatusCode.Cancelled, "cancelled by the caller");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            if (deadline.IsCancellationRequested)
                throw new ControlApiException(GrpcStatusCode.DeadlineExceeded, "deadline exceeded");
            throw new ControlApiException(GrpcStatusCode.Unavailable, e.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
