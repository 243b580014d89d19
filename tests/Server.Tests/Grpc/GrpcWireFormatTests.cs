using System.Buffers;
using MediaCore.Server.Grpc;
using MediaCore.Server.Logging;

namespace MediaCore.Server.Tests.Grpc;

public sealed class GrpcWireFormatTests
{
    [Fact]
    public void Frame_round_trips_and_reports_each_error()
    {
        byte[] payload = [1, 2, 3];
        var frame = new byte[8];
        Assert.True(GrpcFrame.TryWriteHeader(frame, payload.Length, out int written));
        payload.CopyTo(frame, written);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 3, 1, 2, 3 }, frame);

        var buffer = new ReadOnlySequence<byte>(frame);
        Assert.Equal(GrpcFrameResult.Ok, GrpcFrame.TryRead(ref buffer, 100, out bool compressed, out var read));
        Assert.False(compressed);
        Assert.Equal(payload, read.ToArray());
        Assert.True(buffer.IsEmpty);

        var shortBuffer = new ReadOnlySequence<byte>(frame[..7]);
        Assert.Equal(GrpcFrameResult.NeedMoreData, GrpcFrame.TryRead(ref shortBuffer, 100, out _, out _));
        Assert.Equal(7, shortBuffer.Length);
        var badFlag = new ReadOnlySequence<byte>(new byte[] { 2, 0, 0, 0, 0 });
        Assert.Equal(GrpcFrameResult.InvalidFlag, GrpcFrame.TryRead(ref badFlag, 100, out _, out _));
        var tooLarge = new ReadOnlySequence<byte>(new byte[] { 0, 0, 0, 0, 101 });
        Assert.Equal(GrpcFrameResult.TooLarge, GrpcFrame.TryRead(ref tooLarge, 100, out _, out _));
        Assert.False(GrpcFrame.TryWriteHeader(new byte[4], 1, out _));
    }

    [Fact]
    public void Frame_fuzz_never_throws_and_ok_frames_rewrite_identically()
    {
        var random = new Random(1234);
        for (int i = 0; i < 20_000; i++)
        {
            var bytes = new byte[random.Next(0, 12)];
            random.NextBytes(bytes);
            if (bytes.Length > 4 && random.Next(2) == 0) { bytes[0] = 0; bytes[1] = bytes[2] = bytes[3] = 0; bytes[4] = (byte)random.Next(0, 8); }
            var buffer = new ReadOnlySequence<byte>(bytes);
            if (GrpcFrame.TryRead(ref buffer, 1 << 20, out bool compressed, out var payload) != GrpcFrameResult.Ok || compressed)
                continue;
            var again = new byte[GrpcFrame.HeaderSize + payload.Length];
            GrpcFrame.TryWriteHeader(again, (int)payload.Length, out _);
            payload.CopyTo(again.AsSpan(GrpcFrame.HeaderSize));
            Assert.Equal(bytes[..again.Length], again);
        }
    }

    [Theory]
    [InlineData("2H", 2 * 3600_000_000_0L)]
    [InlineData("3M", 3 * 60_000_000_0L)]
    [InlineData("5S", 5 * 10_000_000L)]
    [InlineData("250m", 250 * 10_000L)]
    [InlineData("7u", 70L)]
    [InlineData("1500n", 15L)]
    [InlineData("99999999S", 99_999_999 * 10_000_000L)]
    public void Timeout_parses_every_unit(string text, long ticks)
    {
        Assert.True(GrpcTimeout.TryParse(text, out var timeout));
        Assert.Equal(ticks, timeout.Ticks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10x")]
    [InlineData("-1S")]
    [InlineData("123456789S")]
    public void Timeout_rejects_malformed_values(string text) => Assert.False(GrpcTimeout.TryParse(text, out _));

    [Theory]
    [InlineData(1.5)]
    [InlineData(0.0003)]
    [InlineData(300)]
    [InlineData(86400 * 30)]
    public void Timeout_format_round_trips_without_shortening(double seconds)
    {
        var timeout = TimeSpan.FromSeconds(seconds);
        string text = GrpcTimeout.Format(timeout);
        Assert.True(text.Length <= 9);
        Assert.True(GrpcTimeout.TryParse(text, out var parsed));
        Assert.True(parsed >= timeout && parsed - timeout < timeout * 0.01 + TimeSpan.FromTicks(1));
    }

    [Theory]
    [InlineData("plain message", "plain message")]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("naïve\nline", "na%C3%AFve%0Aline")]
    public void Status_message_percent_encoding_round_trips(string text, string wire)
    {
        Assert.Equal(wire, GrpcMessageText.Encode(text));
        Assert.Equal(text, GrpcMessageText.Decode(wire));
    }

    [Fact]
    public void Status_message_decoding_keeps_malformed_escapes() => Assert.Equal("50%zz%4", GrpcMessageText.Decode("50%zz%4"));

    [Theory]
    [InlineData("+919876543210", "98XXXX3210")]
    [InlineData("9876543210", "98XXXX3210")]
    [InlineData("+1 (555) 010-4477", "55XXXX4477")]
    [InlineData("sip:+919876543210@trunk.example.com", "sip:98XXXX3210@trunk.example.com")]
    [InlineData("1001", "XX01")]
    [InlineData("", "")]
    public void Phone_numbers_are_masked(string input, string expected) => Assert.Equal(expected, PhoneNumberMasker.Mask(input));
}
