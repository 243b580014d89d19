using System.Buffers.Binary;

namespace MediaCore.Media.Rtp;

public readonly ref partial struct RtpPacket
{
    /// <summary>Bytes <see cref="TryWrite"/> needs: header, CSRCs, extension, payload and padding.</summary>
    public int GetSerializedSize()
    {
        int size = FixedHeaderSize + CsrcCount * CsrcSize + Payload.Length + PaddingLength;
        if (Extension.IsPresent)
            size += ExtensionHeaderSize + Extension.Data.Length;
        return size;
    }

    /// <summary>Serialises into <paramref name="destination"/>; false (nothing promised about its contents) if it is too small.</summary>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = GetSerializedSize();
        if (destination.Length < written)
        {
            written = 0;
            return false;
        }
        WriteFixedHeader(destination);
        int offset = FixedHeaderSize;
        for (int i = 0; i < CsrcCount; i++, offset += CsrcSize)
            BinaryPrimitives.WriteUInt32BigEndian(destination[offset..], GetCsrc(i));
        if (Extension.IsPresent)
            offset = WriteExtension(destination, offset);
        Payload.CopyTo(destination[offset..]);
        offset += Payload.Length;
        WritePadding(destination.Slice(offset, PaddingLength));
        return true;
    }

    /// <summary>Allocating convenience; use <see cref="TryWrite"/> on the hot path.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[GetSerializedSize()];
        TryWrite(bytes, out _);
        return bytes;
    }

    private void WriteFixedHeader(Span<byte> destination)
    {
        byte first = (byte)((Version << VersionShift) | CsrcCount);
        if (HasPadding)
            first |= PaddingBit;
        if (Extension.IsPresent)
            first |= ExtensionBit;
        destination[FirstByteOffset] = first;
        destination[SecondByteOffset] = (byte)((Marker ? MarkerBit : 0) | PayloadType);
        BinaryPrimitives.WriteUInt16BigEndian(destination[SequenceOffset..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[TimestampOffset..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[SsrcOffset..], Ssrc);
    }

    private int WriteExtension(Span<byte> destination, int offset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], Extension.Profile);
        BinaryPrimitives.WriteUInt16BigEndian(destination[(offset + 2)..], (ushort)(Extension.Data.Length / ExtensionWordSize));
        offset += ExtensionHeaderSize;
        Extension.Data.CopyTo(destination[offset..]);
        return offset + Extension.Data.Length;
    }

    private void WritePadding(Span<byte> padding)
    {
        if (padding.IsEmpty)
            return;
        padding.Clear();
        padding[^1] = PaddingLength;
    }
}
