using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Parsing;

/// <summary>
/// Parses one complete SIP message from a datagram or from a frame cut by <see cref="SipStreamFramer"/>
/// (RFC 3261 §7 generic-message = start-line *message-header CRLF [ message-body ]).
/// <para>
/// Never throws: every index is checked, every number is range-checked, every sub-parser returns bool.
/// The returned message owns copies of everything it needs (the input buffer may be reused at once).
/// </para>
/// Body rules (RFC 3261 §18.3): with Content-Length, the body is that many bytes, extra bytes are discarded
/// (or rejected when <see cref="SipParseLimits.RejectBytesAfterBody"/>), too few bytes is an error (→ 400);
/// without it (datagram only) the body is the rest of the packet.
/// </summary>
public static class SipMessageParser
{
    public static bool TryParse(ReadOnlySpan<byte> data, SipParseLimits limits,
        [NotNullWhen(true)] out SipMessage? message, out SipParseError error)
    {
        message = null;
        if (data.Length > limits.MaxMessageSize) { error = SipParseError.MessageTooLarge; return false; }

        // RFC 3261 §7.5: CRLFs before the start line are ignored (keep-alives on streams, stray bytes on UDP).
        int start = 0;
        while (start < data.Length && data[start] is (byte)'\r' or (byte)'\n') start++;
        if (start == data.Length) { error = SipParseError.Empty; return false; }

        if (!SipHeaderBlockParser.TryReadLine(data, start, out int lineEnd, out int next))
        {
            error = SipParseError.IncompleteHeaders;
            return false;
        }
        if (lineEnd - start > limits.MaxHeaderLineLength) { error = SipParseError.HeaderLineTooLong; return false; }
        if (!SipStartLineParser.TryParse(data[start..lineEnd], out var parsed, out error)) return false;

        if (!SipHeaderBlockParser.TryParse(data, next, limits, parsed!.Headers, out int bodyStart, out error)) return false;
        if (!TryExtractBody(data[bodyStart..], parsed, limits, out error)) return false;
        if (!MandatoryHeaderValidator.TryValidate(parsed, out error)) return false;

        message = parsed;
        return true;
    }

    public static bool TryParse(ReadOnlySpan<byte> data, [NotNullWhen(true)] out SipMessage? message, out SipParseError error) =>
        TryParse(data, SipParseLimits.Default, out message, out error);

    /// <summary>
    /// Parses a frame cut by <see cref="SipStreamFramer"/> that may span several segments (copied once into a pooled
    /// buffer; the message keeps nothing of it).
    /// </summary>
    public static bool TryParse(in ReadOnlySequence<byte> data, SipParseLimits limits,
        [NotNullWhen(true)] out SipMessage? message, out SipParseError error)
    {
        if (data.IsSingleSegment) return TryParse(data.FirstSpan, limits, out message, out error);
        message = null;
        if (data.Length > limits.MaxMessageSize) { error = SipParseError.MessageTooLarge; return false; }
        int length = (int)data.Length;
        byte[] rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            data.CopyTo(rented);
            return TryParse(rented.AsSpan(0, length), limits, out message, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool TryExtractBody(ReadOnlySpan<byte> rest, SipMessage message, SipParseLimits limits, out SipParseError error)
    {
        if (!TryGetDeclaredLength(message.Headers, out int? declared))
        {
            error = SipParseError.BadContentLength;
            return false;
        }
        int length = declared ?? rest.Length;
        if (length > limits.MaxBodySize) { error = SipParseError.BodyTooLarge; return false; }
        if (length > rest.Length) { error = SipParseError.BodyShorterThanContentLength; return false; }
        if (length < rest.Length && limits.RejectBytesAfterBody)
        {
            error = SipParseError.BodyLongerThanContentLength;
            return false;
        }
        message.Body = length == 0 ? ReadOnlyMemory<byte>.Empty : rest[..length].ToArray();
        error = SipParseError.None;
        return true;
    }

    /// <summary>Reads Content-Length (or "l"); several fields must agree. Null when absent.</summary>
    internal static bool TryGetDeclaredLength(SipHeaderCollection headers, out int? length)
    {
        length = null;
        foreach (var field in headers.Fields)
        {
            if (!field.Is(SipHeaderNames.ContentLength)) continue;
            if (!SipGrammar.TryParseDigits(field.Value, 10, out int value)) return false;
            if (length is int seen && seen != value) return false;
            length = value;
        }
        return true;
    }
}
