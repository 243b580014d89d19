namespace MediaCore.Media.Rtp;

/// <summary>
/// Builds an RFC 8285 header extension body in the caller's span: one-byte elements (§4.2: ID 1–14, 1–16 bytes)
/// or two-byte elements (§4.3: ID 1–255, 0–255 bytes), zero-padded to a 32-bit boundary by <see cref="Finish"/>.
/// The layout is the one <see cref="RtpExtensionElementReader"/> reads.
/// </summary>
public ref struct RtpExtensionElementWriter
{
    private const int OneByteMaxId = 14;
    private const int OneByteMaxLength = 16;
    private const int OneByteIdShift = 4;
    private const int WordSize = 4;

    private readonly Span<byte> _destination;
    private readonly bool _twoByte;
    private int _length;

    public RtpExtensionElementWriter(Span<byte> destination, bool twoByte = false)
    {
        _destination = destination;
        _twoByte = twoByte;
        _length = 0;
    }

    /// <summary>Bytes of elements written so far (before padding).</summary>
    public readonly int Length => _length;

    /// <summary>Appends one element; false if the ID/length does not fit the form or the span is full.</summary>
    public bool TryAdd(byte id, ReadOnlySpan<byte> value)
    {
        int headerSize = _twoByte ? 2 : 1;
        if (!IsValid(id, value.Length) || _destination.Length - _length < headerSize + value.Length)
            return false;
        if (_twoByte)
        {
            _destination[_length] = id;
            _destination[_length + 1] = (byte)value.Length;
        }
        else
        {
            _destination[_length] = (byte)((id << OneByteIdShift) | (value.Length - 1));
        }
        value.CopyTo(_destination[(_length + headerSize)..]);
        _length += headerSize + value.Length;
        return true;
    }

    /// <summary>Pads to a whole word and returns the extension to put on an <see cref="RtpPacket"/>; false if no room to pad.</summary>
    public readonly bool Finish(out RtpHeaderExtension extension)
    {
        int padded = (_length + WordSize - 1) / WordSize * WordSize;
        if (padded > _destination.Length)
        {
            extension = default;
            return false;
        }
        _destination[_length..padded].Clear();
        ushort profile = _twoByte ? RtpHeaderExtension.TwoByteProfile : RtpHeaderExtension.OneByteProfile;
        extension = new RtpHeaderExtension(profile, _destination[..padded]);
        return true;
    }

    private readonly bool IsValid(byte id, int length) => _twoByte
        ? id != 0 && length <= byte.MaxValue
        : id is > 0 and <= OneByteMaxId && length is >= 1 and <= OneByteMaxLength;
}
