using System.Buffers;
using System.IO.Pipelines;
using Google.Protobuf;

namespace MediaCore.Server.Grpc;

/// <summary>
/// Reads the single request message of a unary or server-streaming call, mapping each failure to the status
/// grpc/doc/statuscodes.md prescribes: over the size limit → RESOURCE_EXHAUSTED; compressed flag set although no
/// grpc-encoding was negotiated, or a frame cut short → INTERNAL (protocol error); zero or several messages →
/// UNIMPLEMENTED ("request cardinality violation"); bytes that do not parse as the request type → INTERNAL
/// ("error parsing request proto", a library error — INVALID_ARGUMENT is reserved for applications).
/// </summary>
internal static class GrpcRequestReader
{
    public static async Task<IMessage> ReadSingleAsync(PipeReader body, MessageParser parser, int maxMessageSize, CancellationToken cancellationToken)
    {
        IMessage? message = null;
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            try
            {
                while (TryTakeFrame(ref buffer, maxMessageSize, out var payload))
                {
                    if (message is not null)
                        throw new GrpcStatusException(GrpcStatusCode.Unimplemented, "expected exactly one request message, got more");
                    message = Parse(parser, payload);
                }
                if (read.IsCompleted)
                {
                    if (!buffer.IsEmpty)
                        throw new GrpcStatusException(GrpcStatusCode.Internal, "request ended inside a message frame");
                    return message ?? throw new GrpcStatusException(GrpcStatusCode.Unimplemented, "expected exactly one request message, got none");
                }
            }
            finally
            {
                body.AdvanceTo(buffer.Start, buffer.End);
            }
        }
    }

    private static bool TryTakeFrame(ref ReadOnlySequence<byte> buffer, int maxMessageSize, out ReadOnlySequence<byte> payload)
    {
        var result = GrpcFrame.TryRead(ref buffer, maxMessageSize, out bool compressed, out payload);
        return result switch
        {
            GrpcFrameResult.Ok when compressed => throw new GrpcStatusException(GrpcStatusCode.Internal,
                "message has the compressed flag set but no grpc-encoding was negotiated"),
            GrpcFrameResult.Ok => true,
            GrpcFrameResult.NeedMoreData => false,
            GrpcFrameResult.TooLarge => throw new GrpcStatusException(GrpcStatusCode.ResourceExhausted,
                $"request message larger than the {maxMessageSize}-byte limit"),
            _ => throw new GrpcStatusException(GrpcStatusCode.Internal, "invalid compressed-flag byte in message frame"),
        };
    }

    private static IMessage Parse(MessageParser parser, ReadOnlySequence<byte> payload)
    {
        try
        {
            return parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException)
        {
            throw new GrpcStatusException(GrpcStatusCode.Internal, "request message could not be parsed");
        }
    }
}
