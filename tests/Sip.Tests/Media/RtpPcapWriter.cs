using System.Buffers.Binary;
using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Rtp;
using MediaCore.Media.Wav;

namespace MediaCore.Sip.Tests.Media;

/// <summary>
/// Writes an 8 kHz WAV as a libpcap file of 20 ms G.711 RTP packets (Ethernet/IPv4/UDP) for SIPp's play_pcap_audio,
/// which replays the UDP payloads at their capture times to the call's media address.
/// </summary>
public static class RtpPcapWriter
{
    private const int EthernetHeader = 14, Ipv4Header = 20, UdpHeader = 8;
    private const uint PcapMagic = 0xa1b2c3d4;
    private const int LinkTypeEthernet = 1;

    public static void Write(string path, WavAudio audio8k, G711Law law)
    {
        if (audio8k.SampleRate != 8000 || audio8k.Channels != 1)
            throw new ArgumentException("Needs 8 kHz mono.", nameof(audio8k));
        using var file = File.Create(path);
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, PcapMagic);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 65535);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], LinkTypeEthernet);
        file.Write(header);

        using var encoder = new G711Encoder(law);
        byte payloadType = law == G711Law.ALaw ? (byte)8 : (byte)0;
        var payload = new byte[160];
        var rtp = new byte[RtpPacket.FixedHeaderSize + 160];
        var frame = new byte[16 + EthernetHeader + Ipv4Header + UdpHeader + rtp.Length];
        for (int i = 0; (i + 1) * 160 <= audio8k.Samples.Length; i++)
        {
            encoder.Encode(audio8k.Samples.AsSpan(i * 160, 160), payload);
            new RtpPacket(new RtpHeader(payloadType, (ushort)(1000 + i), (uint)(i * 160), 0x5151_0001, Marker: i == 0), payload)
                .TryWrite(rtp, out int rtpLength);
            int length = WriteFrame(frame, i * 20_000L, rtp.AsSpan(0, rtpLength));
            file.Write(frame, 0, length);
        }
    }

    private static int WriteFrame(Span<byte> frame, long microseconds, ReadOnlySpan<byte> udpPayload)
    {
        int packetLength = EthernetHeader + Ipv4Header + UdpHeader + udpPayload.Length;
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)(microseconds / 1_000_000));
        BinaryPrimitives.WriteUInt32LittleEndian(frame[4..], (uint)(microseconds % 1_000_000));
        BinaryPrimitives.WriteUInt32LittleEndian(frame[8..], (uint)packetLength);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[12..], (uint)packetLength);
        var ethernet = frame.Slice(16, EthernetHeader);
        ethernet.Clear();
        BinaryPrimitives.WriteUInt16BigEndian(ethernet[12..], 0x0800);   // IPv4
        var ip = frame.Slice(16 + EthernetHeader, Ipv4Header);
        ip.Clear();
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(Ipv4Header + UdpHeader + udpPayload.Length));
        ip[8] = 64;
        ip[9] = 17;   // UDP
        ip[12] = 127; ip[15] = 1;
        ip[16] = 127; ip[19] = 1;
        BinaryPrimitives.WriteUInt16BigEndian(ip[10..], Ipv4Checksum(ip));
        var udp = frame.Slice(16 + EthernetHeader + Ipv4Header, UdpHeader);
        BinaryPrimitives.WriteUInt16BigEndian(udp, 6000);
        BinaryPrimitives.WriteUInt16BigEndian(udp[2..], 6002);
        BinaryPrimitives.WriteUInt16BigEndian(udp[4..], (ushort)(UdpHeader + udpPayload.Length));
        BinaryPrimitives.WriteUInt16BigEndian(udp[6..], 0);   // no checksum (allowed for IPv4)
        udpPayload.CopyTo(frame[(16 + EthernetHeader + Ipv4Header + UdpHeader)..]);
        return 16 + packetLength;
    }

    private static ushort Ipv4Checksum(ReadOnlySpan<byte> header)
    {
        uint sum = 0;
        for (int i = 0; i < header.Length; i += 2)
            sum += BinaryPrimitives.ReadUInt16BigEndian(header[i..]);
        while (sum > 0xFFFF)
            sum = (sum & 0xFFFF) + (sum >> 16);
        return (ushort)~sum;
    }
}
