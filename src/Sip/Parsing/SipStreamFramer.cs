using System.Buffers;
using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Parsing;

/// <summary>
/// Cuts SIP messages out of a byte stream (TCP/TLS, RFC 3261 §18.3): the headers end at the first CRLFCRLF and the
/// body is exactly Content-Length bytes (mandatory on streams). CRLFs between messages are skipped (§7.5).
/// <para>
/// RFC 5626 §4.4.1 keep-alive: a client sends a double CRLF "ping" and the server answers with a single CRLF "pong".
/// The overload with <c>pongRequired</c> reports when a ping was consumed so the transport can write "\r\n" back.
/// </para>
/// Usage (Kestrel style): <c>while (TryRead(ref buffer, ...) == Ok) handle(message);</c> then
/// <c>reader.AdvanceTo(buffer.Start, buffer.End)</c> in a finally; copy the frame before the next read.
/// </summary>
public static class SipStreamFramer
{
    private static ReadOnlySpan<byte> HeaderTerminator => "\r\n\r\n"u8;
    private static ReadOnlySpan<byte> CrLf => "\r\n"u8;

    public static SipFrameResult TryRead(ref ReadOnlySequence<byte> buffer, SipParseLimits limits,
        out ReadOnlySequence<byte> message, out SipParseError error) =>
        TryRead(ref buffer, limits, out message, out error, out _);

    public static SipFrameResult TryRead(ref ReadOnlySequence<byte> buffer, SipParseLimits limits,
        out ReadOnlySequence<byte> message, out SipParseError error, out bool pongRequired)
    {
        message = default;
        error = SipParseError.None;
        pongRequired = SkipKeepAlives(ref buffer);
        if (buffer.IsEmpty) return SipFrameResult.NeedMoreData;

        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> headerBlock, HeaderTerminator, advancePastDelimiter: true))
        {
            if (buffer.Length <= limits.MaxMessageSize) return SipFrameResult.NeedMoreData;
            error = SipParseError.MessageTooLarge;
            return SipFrameResult.Invalid;
        }

        long headerLength = headerBlock.Length + HeaderTerminator.Length;
        if (headerLength > limits.MaxMessageSize) return Fail(SipParseError.MessageTooLarge, out error);
        var lengthError = ReadContentLength(headerBlock, out int contentLength);
        if (lengthError != SipParseError.None) return Fail(lengthError, out error);
        if (contentLength > limits.MaxBodySize) return Fail(SipParseError.BodyTooLarge, out error);
        if (headerLength + contentLength > limits.MaxMessageSize) return Fail(SipParseError.MessageTooLarge, out error);
        if (buffer.Length < headerLength + contentLength) return SipFrameResult.NeedMoreData;

        message = buffer.Slice(0, headerLength + contentLength);
        buffer = buffer.Slice(message.End);
        return SipFrameResult.Ok;
    }

    private static SipFrameResult Fail(SipParseError reason, out SipParseError error)
    {
        error = reason;
        return SipFrameResult.Invalid;
    }

    /// <summary>
    /// Consumes leading CRLF pairs; true when a double-CRLF ping was among them. A lone trailing CRLF is left in
    /// place because it may be the first half of a ping still in flight.
    /// </summary>
    private static bool SkipKeepAlives(ref ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        int pairs = 0;
        bool ping = false;
        while (reader.IsNext(CrLf, advancePast: false))
        {
            if (reader.Remaining == CrLf.Length && pairs % 2 == 0) break;
            reader.Advance(CrLf.Length);
            pairs++;
            if (pairs % 2 == 0) ping = true;
        }
        buffer = buffer.Slice(reader.Position);
        return ping;
    }

    /// <summary>Finds Content-Length (or compact "l") in the header block; several must agree.</summary>
    private static SipParseError ReadContentLength(ReadOnlySequence<byte> headerBlock, out int contentLength)
    {
        contentLength = -1;
        int length = (int)headerBlock.Length;
        byte[]? rented = null;
        ReadOnlySpan<byte> headers;
        if (headerBlock.IsSingleSegment)
        {
            headers = headerBlock.FirstSpan;
        }
        else
        {
            rented = ArrayPool<byte>.Shared.Rent(length);
            headerBlock.CopyTo(rented);
            headers = rented.AsSpan(0, length);
        }
        var result = ScanForContentLength(headers, out contentLength);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return result;
    }

    private static SipParseError ScanForContentLength(ReadOnlySpan<byte> headers, out int contentLength)
    {
        contentLength = -1;
        while (!headers.IsEmpty)
        {
            int lf = headers.IndexOf((byte)'\n');
            var line = lf < 0 ? headers : headers[..lf];
            headers = lf < 0 ? ReadOnlySpan<byte>.Empty : headers[(lf + 1)..];
            if (!TryGetContentLengthValue(line, out var value)) continue;
            if (!TryParseLength(value, out int parsed)) return SipParseError.BadContentLength;
            if (contentLength >= 0 && contentLength != parsed) return SipParseError.BadContentLength;
            contentLength = parsed;
        }
        return contentLength < 0 ? SipParseError.ContentLengthRequired : SipParseError.None;
    }

    private static bool TryGetContentLengthValue(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> value)
    {
        value = default;
        int colon = line.IndexOf((byte)':');
        if (colon <= 0 || line[0] is (byte)' ' or (byte)'\t') return false;
        var name = line[..colon].TrimEnd(" \t"u8);
        if (!IsContentLengthName(name)) return false;
        value = line[(colon + 1)..].Trim(" \t\r"u8);
        return true;
    }

    private static bool IsContentLengthName(ReadOnlySpan<byte> name) =>
        (name.Length == 1 && (name[0] | 0x20) == (byte)'l') ||
        System.Text.Ascii.EqualsIgnoreCase(name, "Content-Length"u8);

    private static bool TryParseLength(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 9) return false;
        foreach (byte b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }
}
