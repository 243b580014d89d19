using MediaCore.Media.Dtmf;
using MediaCore.Media.Rtp;

namespace MediaCore.Media.Tests.Dtmf;

public sealed class DtmfSenderReceiverTests
{
    private const byte PayloadType = 101;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private sealed record SentPacket(byte[] Bytes, TimeSpan SentAt);

    /// <summary>Emits every packet of <paramref name="digits"/> (100 ms each, 60 ms gaps) with running seq/ts, paced 20 ms.</summary>
    private static List<SentPacket> Send(string digits)
    {
        var sender = new DtmfSender(PayloadType, 0x1234);
        var packets = new List<SentPacket>();
        ushort seq = 65530;                       // crosses the sequence wrap on purpose
        uint timestamp = 8000;
        var now = TimeSpan.Zero;
        var buffer = new byte[DtmfSender.PacketSize];
        foreach (char digit in digits)
        {
            sender.Start(digit, timestamp, TimeSpan.FromMilliseconds(100));
            while (sender.TryWriteNext(buffer, seq++, out int written))
            {
                packets.Add(new SentPacket(buffer[..written], now));
                now += Interval;
            }
            now += TimeSpan.FromMilliseconds(60);
            timestamp += 8000 * 220 / 1000;
        }
        return packets;
    }

    private static string Receive(DtmfReceiver receiver, IEnumerable<SentPacket> packets, List<DtmfDigitEvent>? events = null)
    {
        var text = new System.Text.StringBuilder();
        var last = TimeSpan.Zero;
        foreach (var packet in packets)
        {
            Assert.True(RtpPacket.TryParse(packet.Bytes, out var rtp, out _));
            receiver.Poll(packet.SentAt);
            receiver.OnPacket(rtp.Header, rtp.Payload, packet.SentAt);
            last = packet.SentAt;
            Drain(receiver, text, events);
        }
        receiver.Poll(last + TimeSpan.FromSeconds(1));
        Drain(receiver, text, events);
        return text.ToString();
    }

    private static void Drain(DtmfReceiver receiver, System.Text.StringBuilder text, List<DtmfDigitEvent>? events)
    {
        while (receiver.TryGetDigit(out var digit))
        {
            text.Append(digit.Digit);
            events?.Add(digit);
        }
    }

    [Fact]
    public void SenderFollowsTheRfc4733Pattern()
    {
        var packets = Send("7");
        Assert.Equal(4 + DtmfSender.EndPacketCopies, packets.Count);   // 160, 320, 480, 640, then end at 800 ×3
        ushort[] expectedDurations = [160, 320, 480, 640, 800, 800, 800];
        for (int i = 0; i < packets.Count; i++)
        {
            Assert.True(RtpPacket.TryParse(packets[i].Bytes, out var rtp, out _));
            Assert.True(TelephoneEvent.TryParse(rtp.Payload, out var te, out _));
            Assert.Equal(i == 0, rtp.Marker);
            Assert.Equal(PayloadType, rtp.PayloadType);
            Assert.Equal(8000u, rtp.Timestamp);
            Assert.Equal((ushort)(65530 + i), rtp.SequenceNumber);
            Assert.Equal(7, te.Event);
            Assert.Equal(expectedDurations[i], te.Duration);
            Assert.Equal(i >= 4, te.End);
        }
    }

    [Fact]
    public void RetransmittedEndPacketsReportEachDigitOnce()
    {
        var events = new List<DtmfDigitEvent>();
        Assert.Equal("123#", Receive(new DtmfReceiver(), Send("123#"), events));
        Assert.All(events, e => Assert.True(e.EndReceived));
        Assert.All(events, e => Assert.Equal(800, e.Duration));
    }

    [Fact]
    public void DigitWhoseEndPacketsAreAllLostIsReportedOnTimeout()
    {
        var packets = Send("9").Where(p => !IsEnd(p)).ToList();
        var receiver = new DtmfReceiver(TimeSpan.FromMilliseconds(200));
        foreach (var packet in packets)
        {
            RtpPacket.TryParse(packet.Bytes, out var rtp, out _);
            receiver.OnPacket(rtp.Header, rtp.Payload, packet.SentAt);
        }
        var lastAt = packets[^1].SentAt;
        receiver.Poll(lastAt + TimeSpan.FromMilliseconds(100));
        Assert.False(receiver.TryGetDigit(out _));
        receiver.Poll(lastAt + TimeSpan.FromMilliseconds(200));
        Assert.True(receiver.TryGetDigit(out var digit));
        Assert.Equal(new DtmfDigitEvent('9', 9, 8000, 640, EndReceived: false), digit);
        receiver.Poll(lastAt + TimeSpan.FromSeconds(5));
        Assert.False(receiver.TryGetDigit(out _));
    }

    [Fact]
    public void LostEndsAreReportedWhenTheNextDigitStartsEvenBeforeTheTimeout()
    {
        var packets = Send("45").Where((p, i) => !(IsEnd(p) && i < 7)).ToList();  // the first digit loses all its ends
        var receiver = new DtmfReceiver(TimeSpan.FromSeconds(10));
        var events = new List<DtmfDigitEvent>();
        Assert.Equal("45", Receive(receiver, packets, events));
        Assert.False(events[0].EndReceived);
        Assert.True(events[1].EndReceived);
    }

    [Fact]
    public void ReorderedAndDuplicatedPacketsStillGiveOneDigitEach()
    {
        var packets = Send("0*D");
        var shuffled = new List<SentPacket>();
        var random = new Random(11);
        foreach (var packet in packets)
        {
            shuffled.Add(packet);
            if (random.Next(3) == 0)
                shuffled.Add(packet);                      // network duplicate
        }
        for (int i = 0; i + 1 < shuffled.Count; i += 4)
            (shuffled[i], shuffled[i + 1]) = (shuffled[i + 1], shuffled[i]);  // adjacent swaps within a digit
        Assert.Equal("0*D", Receive(new DtmfReceiver(), shuffled));
    }

    [Fact]
    public void EndPacketArrivingAfterTheNextDigitWasReportedDoesNotRepeatTheOldDigit()
    {
        var packets = Send("12");
        var firstEnd = packets[6];
        packets.RemoveAt(6);
        packets.RemoveAt(5);
        packets.RemoveAt(4);
        packets.Add(firstEnd with { SentAt = packets[^1].SentAt });   // digit 1's end arrives after digit 2 ended
        Assert.Equal("12", Receive(new DtmfReceiver(), packets));
    }

    [Fact]
    public void ShortPayloadIsCountedNotReported()
    {
        var receiver = new DtmfReceiver();
        receiver.OnPacket(new RtpHeader(PayloadType, 1, 1, 1), [0x01, 0x80], TimeSpan.Zero);
        receiver.Poll(TimeSpan.FromSeconds(5));
        Assert.Equal(1, receiver.MalformedPackets);
        Assert.False(receiver.TryGetDigit(out _));
    }

    [Fact]
    public void InvalidDigitOrDurationIsRejectedBySender()
    {
        var sender = new DtmfSender(PayloadType, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => sender.Start('x', 0, TimeSpan.FromMilliseconds(100)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sender.Start('1', 0, TimeSpan.FromSeconds(9)));
        Assert.False(sender.IsSending);
    }

    private static bool IsEnd(SentPacket packet)
    {
        RtpPacket.TryParse(packet.Bytes, out var rtp, out _);
        TelephoneEvent.TryParse(rtp.Payload, out var te, out _);
        return te.End;
    }
}
