using System.Text;

namespace MediaCore.Sip.Messages;

/// <summary>
/// A SIP request or response (RFC 3261 §7): start line, ordered headers, body.
/// <code>
/// generic-message = start-line *message-header CRLF [ message-body ]
/// </code>
/// Serialisation always writes a Content-Length equal to the body length (RFC 3261 §18.3, §20.14), in the position
/// of an existing Content-Length field or appended after the last header. The message owns its body bytes.
/// </summary>
public abstract partial class SipMessage
{
    public const string Version20 = "SIP/2.0";

    private static readonly byte[] Crlf = "\r\n"u8.ToArray();
    private static readonly byte[] ColonSpace = ": "u8.ToArray();

    /// <summary>"SIP/2.0" unless a peer sent something else (the transaction layer answers 505 then).</summary>
    public string Version { get; set; } = Version20;

    public SipHeaderCollection Headers { get; } = new();

    /// <summary>The message body; empty when there is none.</summary>
    public ReadOnlyMemory<byte> Body { get; set; } = ReadOnlyMemory<byte>.Empty;

    public bool IsRequest => this is SipRequest;

    /// <summary>The body as UTF-8 text (SDP, sipfrag).</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>Sets a text body and its Content-Type in one go.</summary>
    public void SetBody(string contentType, string text)
    {
        Body = Encoding.UTF8.GetBytes(text);
        Headers.Set(SipHeaderNames.ContentType, contentType);
    }

    /// <summary>Writes the start line without CRLF ("INVITE sip:x SIP/2.0" or "SIP/2.0 200 OK").</summary>
    private protected abstract void WriteStartLine(ref SpanTextWriter writer);

    /// <summary>UTF-8 byte count of the start line without CRLF.</summary>
    private protected abstract int GetStartLineSize();

    public int GetSerializedSize()
    {
        int size = GetStartLineSize() + Crlf.Length;
        int bodyLengthDigits = CountDigits(Body.Length);
        bool wroteLength = false;
        var fields = Headers.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            bool isLength = field.Is(SipHeaderNames.ContentLength);
            if (isLength && wroteLength) continue; // a duplicate Content-Length would be contradictory: write one
            int valueSize = isLength ? bodyLengthDigits : Encoding.UTF8.GetByteCount(field.Value);
            size += Encoding.UTF8.GetByteCount(field.Name) + ColonSpace.Length + valueSize + Crlf.Length;
            wroteLength |= isLength;
        }
        if (!wroteLength)
            size += SipHeaderNames.ContentLength.Length + ColonSpace.Length + bodyLengthDigits + Crlf.Length;
        return size + Crlf.Length + Body.Length;
    }

    /// <summary>Writes the wire form; false (and nothing meaningful written) when <paramref name="destination"/> is too small.</summary>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = 0;
        var writer = new SpanTextWriter(destination);
        WriteStartLine(ref writer);
        writer.Write(Crlf);
        bool wroteLength = false;
        var fields = Headers.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            bool isLength = field.Is(SipHeaderNames.ContentLength);
            if (isLength && wroteLength) continue;
            if (isLength) WriteLengthField(ref writer, field.Name);
            else WriteField(ref writer, field.Name, field.Value);
            wroteLength |= isLength;
        }
        if (!wroteLength) WriteLengthField(ref writer, SipHeaderNames.ContentLength);
        writer.Write(Crlf);
        writer.Write(Body.Span);
        if (writer.Overflowed) return false;
        written = writer.Position;
        return true;
    }

    public byte[] ToArray()
    {
        var buffer = new byte[GetSerializedSize()];
        TryWrite(buffer, out int written);
        return written == buffer.Length ? buffer : buffer[..written];
    }

    public override string ToString() => Encoding.UTF8.GetString(ToArray());

    private static void WriteField(ref SpanTextWriter writer, string name, string value)
    {
        writer.Write(name);
        writer.Write(ColonSpace);
        writer.Write(value);
        writer.Write(Crlf);
    }

    private void WriteLengthField(ref SpanTextWriter writer, string name)
    {
        writer.Write(name);
        writer.Write(ColonSpace);
        writer.Write(Body.Length);
        writer.Write(Crlf);
    }

    private protected static int CountDigits(int value)
    {
        int digits = value < 0 ? 2 : 1; // a sign counts as one byte
        long v = Math.Abs((long)value);
        while (v >= 10) { v /= 10; digits++; }
        return digits;
    }

    /// <summary>Bounds-checked forward writer; remembers overflow instead of throwing.</summary>
    private protected ref struct SpanTextWriter
    {
        private readonly Span<byte> _buffer;

        public SpanTextWriter(Span<byte> buffer)
        {
            _buffer = buffer;
            Position = 0;
            Overflowed = false;
        }

        public int Position { get; private set; }
        public bool Overflowed { get; private set; }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            if (Overflowed || bytes.Length > _buffer.Length - Position) { Overflowed = true; return; }
            bytes.CopyTo(_buffer[Position..]);
            Position += bytes.Length;
        }

        public void Write(int value)
        {
            if (Overflowed) return;
            if (!System.Buffers.Text.Utf8Formatter.TryFormat(value, _buffer[Position..], out int n)) { Overflowed = true; return; }
            Position += n;
        }

        public void Write(string text)
        {
            if (Overflowed) return;
            if (!Encoding.UTF8.TryGetBytes(text, _buffer[Position..], out int n)) { Overflowed = true; return; }
            Position += n;
        }
    }
}
