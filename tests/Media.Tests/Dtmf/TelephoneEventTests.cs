using MediaCore.Media.Dtmf;

namespace MediaCore.Media.Tests.Dtmf;

public sealed class TelephoneEventTests
{
    [Fact]
    public void EndOfDigitFiveVectorRoundTrips()
    {
        byte[] bytes = [0x05, 0x8A, 0x03, 0x20];   // event 5, E=1 R=0 volume 10, duration 800
        Assert.True(TelephoneEvent.TryParse(bytes, out var value, out var error));
        Assert.Equal(TelephoneEventParseError.None, error);
        Assert.Equal(new TelephoneEvent(5, End: true, Volume: 10, Duration: 800), value);
        Span<byte> written = stackalloc byte[4];
        Assert.True(value.TryWrite(written, out int count));
        Assert.Equal(4, count);
        Assert.Equal(bytes, written.ToArray());
    }

    [Fact]
    public void ReservedBitIsIgnoredOnReceiptAndClearedOnSend()
    {
        byte[] bytes = [0x0B, 0x4A, 0x00, 0xA0];   // '#', E=0 R=1 volume 10, duration 160
        Assert.True(TelephoneEvent.TryParse(bytes, out var value, out _));
        Assert.Equal(new TelephoneEvent(11, false, 10, 160), value);
        var rewritten = new byte[4];
        value.TryWrite(rewritten, out _);
        Assert.Equal(0x0A, rewritten[1]);
    }

    [Fact]
    public void ShortPayloadIsTooShort()
    {
        Assert.False(TelephoneEvent.TryParse([0x05, 0x8A, 0x03], out _, out var error));
        Assert.Equal(TelephoneEventParseError.TooShort, error);
        Assert.False(new TelephoneEvent(1, false, 1, 1).TryWrite(new byte[3], out _));
    }

    [Fact]
    public void EverySixteenDtmfDigitsMapBothWays()
    {
        const string digits = "0123456789*#ABCD";
        for (int code = 0; code < digits.Length; code++)
        {
            Assert.True(DtmfDigits.TryGetEvent(digits[code], out byte eventCode));
            Assert.Equal(code, eventCode);
            Assert.Equal(digits[code], DtmfDigits.ToDigit(eventCode));
        }
        Assert.False(DtmfDigits.TryGetEvent('x', out _));
        Assert.Equal('\0', DtmfDigits.ToDigit(16));
    }

    [Fact]
    public void RandomEventsRoundTrip()
    {
        var random = new Random(4733);
        var buffer = new byte[4];
        for (int i = 0; i < 1000; i++)
        {
            var value = new TelephoneEvent((byte)random.Next(256), random.Next(2) == 1, (byte)random.Next(64), (ushort)random.Next(65536));
            Assert.True(value.TryWrite(buffer, out _));
            Assert.True(TelephoneEvent.TryParse(buffer, out var parsed, out _));
            Assert.Equal(value, parsed);
        }
    }
}
