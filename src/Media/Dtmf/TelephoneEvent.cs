using System.Buffers.Binary;

namespace MediaCore.Media.Dtmf;

/*
 RFC 4733 §2.3 — payload format for named telephone events:

  0                   1                   2                   3
  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |     event     |E|R| volume    |          duration             |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

 E: end of event. R: reserved, sent as 0 and ignored on receipt (§2.3.4).
 volume: power level in −dBm0 (0..63). duration: in RTP timestamp units since the event's timestamp.
*/
/// <summary>One RFC 4733 event block.</summary>
public readonly record struct TelephoneEvent(byte Event, bool End, byte Volume, ushort Duration)
{
    public const int Size = 4;
    public const byte MaxVolume = 63;

    private const int EventOffset = 0;
    private const int FlagsOffset = 1;
    private const int DurationOffset = 2;
    private const byte EndBit = 0x80;
    private const byte VolumeMask = 0x3F;

    /// <summary>Reads the first event block; extra bytes (e.g. RFC 2198 redundancy) are left to the caller.</summary>
    public static bool TryParse(ReadOnlySpan<byte> payload, out TelephoneEvent value, out TelephoneEventParseError error)
    {
        if (payload.Length < Size)
        {
            value = default;
            error = TelephoneEventParseError.TooShort;
            return false;
        }
        byte flags = payload[FlagsOffset];
        value = new TelephoneEvent(
            payload[EventOffset],
            (flags & EndBit) != 0,
            (byte)(flags & VolumeMask),
            BinaryPrimitives.ReadUInt16BigEndian(payload[DurationOffset..]));
        error = TelephoneEventParseError.None;
        return true;
    }

    public int GetSerializedSize() => Size;

    /// <summary>Writes the block; the volume is masked to its 6 bits and R is sent as 0.</summary>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        if (destination.Length < Size)
        {
            written = 0;
            return false;
        }
        destination[EventOffset] = Event;
        destination[FlagsOffset] = (byte)((End ? EndBit : 0) | (Volume & VolumeMask));
        BinaryPrimitives.WriteUInt16BigEndian(destination[DurationOffset..], Duration);
        written = Size;
        return true;
    }
}
