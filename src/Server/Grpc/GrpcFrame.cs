using System.Buffers;
using System.Buffers.Binary;

namespace MediaCore.Server.Grpc;

/// <summary>
/// One length-prefixed message (grpc/doc/PROTOCOL-HTTP2.md, "Length-Prefixed-Message"):
/// <code>
///  0               1               2               3               4               5
/// +---------------+---------------+---------------+---------------+---------------+-------------
/// | Compressed-Flag (1 byte)      | Message-Length (4 bytes, unsigned big-endian)  | Message ...
/// +---------------+---------------+---------------+---------------+---------------+-------------
/// </code>
/// </summary>
public static class GrpcFrame
{
    public const int HeaderSize = 5;
    private const int CompressedFlagOffset = 0;
    private const int LengthOffset = 1;

    /// <summary>
    /// Reads one frame from the front of <paramref name="buffer"/>. <see cref="GrpcFrameResult.NeedMoreData"/> leaves
    /// the buffer as it was; <see cref="GrpcFrameResult.Ok"/> advances it past the frame and slices the payload out of it.
    /// A declared length above <paramref name="maxMessageSize"/> is <see cref="GrpcFrameResult.TooLarge"/> as soon as the
    /// header is seen, so an oversized message is refused before it is buffered.
    /// </summary>
    public static GrpcFrameResult TryRead(ref ReadOnlySequence<byte> buffer, int maxMessageSize, out bool compressed, out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        payload = default;
        if (buffer.Length < HeaderSize)
            return GrpcFrameResult.NeedMoreData;

        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        byte flag = header[CompressedFlagOffset];
        if (flag > 1)
            return GrpcFrameResult.InvalidFlag;
        uint length = BinaryPrimitives.ReadUInt32BigEndian(header[LengthOffset..]);
        if (length > (uint)maxMessageSize)
            return GrpcFrameResult.TooLarge;
        if (buffer.Length - HeaderSize < length)
            return GrpcFrameResult.NeedMoreData;

        compressed = flag == 1;
        payload = buffer.Slice(HeaderSize, length);
        buffer = buffer.Slice(HeaderSize + length);
        return GrpcFrameResult.Ok;
    }

    /// <summary>Writes the 5-byte prefix for an uncompressed message of <paramref name="messageLength"/> bytes.</summary>
    public static bool TryWriteHeader(Span<byte> destination, int messageLength, out int written)
    {
        written = 0;
        if (destination.Length < HeaderSize || messageLength < 0)
            return false;
        destination[CompressedFlagOffset] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[LengthOffset..], (uint)messageLength);
        written = HeaderSize;
        return true;
    }
}

public enum GrpcFrameResult
{
    Ok,
    NeedMoreData,
    /// <summary>Compressed-Flag was neither 0 nor 1.</summary>
    InvalidFlag,
    /// <summary>Message-Length exceeds the configured maximum.</summary>
    TooLarge,
}
