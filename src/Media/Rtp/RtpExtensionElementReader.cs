namespace MediaCore.Media.Rtp;

/// <summary>
/// Iterates RFC 8285 header extension elements over the extension body.
/// <code>
/// One-byte (§4.2):   0 1 2 3 4 5 6 7       Two-byte (§4.3):  0                   1
///                   +-+-+-+-+-+-+-+-+                        0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
///                   |  ID   |  len  |  data (len+1 bytes)    |       ID      |     length    | data (length bytes)
///                   +-+-+-+-+-+-+-+-+                        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// ID 0 is a padding byte in both forms; in the one-byte form ID 15 stops processing. A length running past the
/// body ends iteration and sets <see cref="IsMalformed"/>: the reader never throws.
/// </summary>
public ref struct RtpExtensionElementReader
{
    private const byte PaddingId = 0;
    private const byte OneByteStopId = 15;
    private const int OneByteIdShift = 4;
    private const byte OneByteLengthMask = 0x0F;

    private readonly ReadOnlySpan<byte> _data;
    private readonly bool _oneByte;
    private readonly bool _twoByte;
    private int _offset;

    internal RtpExtensionElementReader(ReadOnlySpan<byte> data, bool oneByte, bool twoByte)
    {
        _data = data;
        _oneByte = oneByte;
        _twoByte = twoByte;
        _offset = 0;
        IsMalformed = false;
    }

    public bool IsMalformed { get; private set; }

    public bool TryReadNext(out byte id, out ReadOnlySpan<byte> value)
    {
        id = 0;
        value = default;
        if (!_oneByte && !_twoByte)
            return false;
        while (_offset < _data.Length && _data[_offset] == PaddingId)
            _offset++;
        if (_offset >= _data.Length)
            return false;
        return _oneByte ? TryReadOneByte(out id, out value) : TryReadTwoByte(out id, out value);
    }

    private bool TryReadOneByte(out byte id, out ReadOnlySpan<byte> value)
    {
        value = default;
        byte first = _data[_offset];
        id = (byte)(first >> OneByteIdShift);
        if (id == OneByteStopId)
        {
            _offset = _data.Length;
            return false;
        }
        int length = (first & OneByteLengthMask) + 1;
        return TryTake(1, length, out value);
    }

    private bool TryReadTwoByte(out byte id, out ReadOnlySpan<byte> value)
    {
        value = default;
        id = _data[_offset];
        if (_offset + 1 >= _data.Length)
            return Malformed();
        int length = _data[_offset + 1];
        return TryTake(2, length, out value);
    }

    private bool TryTake(int headerSize, int length, out ReadOnlySpan<byte> value)
    {
        int start = _offset + headerSize;
        if (start + length > _data.Length)
        {
            value = default;
            return Malformed();
        }
        value = _data.Slice(start, length);
        _offset = start + length;
        return true;
    }

    private bool Malformed()
    {
        IsMalformed = true;
        _offset = _data.Length;
        return false;
    }
}
