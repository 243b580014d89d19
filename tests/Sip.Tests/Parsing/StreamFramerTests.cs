using System.Buffers;
using System.Text;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Tests.Messages;

namespace MediaCore.Sip.Tests.Parsing;

public class StreamFramerTests
{
    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, Segment? previous)
        {
            Memory = memory;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }

    /// <summary>A sequence cut into segments of <paramref name="segmentSize"/> bytes (1 = worst case).</summary>
    private static ReadOnlySequence<byte> Segmented(byte[] data, int segmentSize)
    {
        Segment? first = null, last = null;
        for (int i = 0; i < data.Length; i += segmentSize)
        {
            last = new Segment(data.AsMemory(i, Math.Min(segmentSize, data.Length - i)), last);
            first ??= last;
        }
        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100000)]
    public void Cuts_back_to_back_messages_with_keepalives_between(int segmentSize)
    {
        var stream = "\r\n\r\n"u8.ToArray().Concat(SipSamples.TrunkInvite).Concat("\r\n"u8.ToArray()).Concat(SipSamples.Bye).ToArray();
        var buffer = Segmented(stream, segmentSize);

        Assert.Equal(SipFrameResult.Ok, SipStreamFramer.TryRead(ref buffer, SipParseLimits.Default, out var first, out _, out bool pong));
        Assert.True(pong);
        Assert.Equal(SipSamples.TrunkInvite, first.ToArray());
        Assert.Equal(SipFrameResult.Ok, SipStreamFramer.TryRead(ref buffer, SipParseLimits.Default, out var second, out _, out pong));
        Assert.False(pong);
        Assert.Equal(SipSamples.Bye, second.ToArray());
        Assert.True(SipMessageParser.TryParse(second, SipParseLimits.Default, out var bye, out _));
        Assert.Equal(SipSamples.Bye, bye.ToArray());
        Assert.True(SipMessageParser.TryParse(first, SipParseLimits.Default, out var invite, out _));
        Assert.Equal(SipSamples.TrunkInvite, invite.ToArray());
        Assert.Equal(SipFrameResult.NeedMoreData, SipStreamFramer.TryRead(ref buffer, SipParseLimits.Default, out _, out _));
        Assert.True(buffer.IsEmpty);
    }

    [Fact]
    public void Every_prefix_needs_more_data_and_the_full_message_is_ok()
    {
        var wire = SipSamples.TrunkInvite;
        for (int cut = 0; cut < wire.Length; cut++)
        {
            var partial = new ReadOnlySequence<byte>(wire, 0, cut);
            Assert.Equal(SipFrameResult.NeedMoreData, SipStreamFramer.TryRead(ref partial, SipParseLimits.Default, out _, out _));
        }
        var full = new ReadOnlySequence<byte>(wire);
        Assert.Equal(SipFrameResult.Ok, SipStreamFramer.TryRead(ref full, SipParseLimits.Default, out var message, out _));
        Assert.Equal(wire.Length, message.Length);
    }

    [Fact]
    public void Ping_alone_is_consumed_and_asks_for_pong_but_half_ping_waits()
    {
        var ping = new ReadOnlySequence<byte>("\r\n\r\n"u8.ToArray());
        Assert.Equal(SipFrameResult.NeedMoreData, SipStreamFramer.TryRead(ref ping, SipParseLimits.Default, out _, out _, out bool pong));
        Assert.True(pong);
        Assert.True(ping.IsEmpty);

        var half = new ReadOnlySequence<byte>("\r\n"u8.ToArray());
        Assert.Equal(SipFrameResult.NeedMoreData, SipStreamFramer.TryRead(ref half, SipParseLimits.Default, out _, out _, out pong));
        Assert.False(pong);
        Assert.Equal(2, half.Length);
    }

    private static byte[] WithLengthLine(string line) =>
        Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(SipSamples.Bye).Replace("Content-Length: 0", line));

    [Fact]
    public void Missing_content_length_is_invalid_400()
    {
        var buffer = new ReadOnlySequence<byte>(WithLengthLine("X-No-Length: 1"));
        Assert.Equal(SipFrameResult.Invalid, SipStreamFramer.TryRead(ref buffer, SipParseLimits.Default, out _, out var error));
        Assert.Equal(SipParseError.ContentLengthRequired, error);
        Assert.Equal(400, error.ToStatusCode());
    }

    [Fact]
    public void Compact_content_length_is_honoured_and_bad_one_rejected()
    {
        var buffer = new ReadOnlySequence<byte>(WithLengthLine("l: 0"));
        Assert.Equal(SipFrameResult.Ok, SipStreamFramer.TryRead(ref buffer, SipParseLimits.Default, out _, out _));
        buffer = new ReadOnlySequence<byte>(WithLengthLine("Content-Length: abc"));
        Assert.Equal(SipFrameResult.Invalid, SipStreamFramer.TryRead(ref buffer, SipParseLimits.Default, out _, out var error));
        Assert.Equal(SipParseError.BadContentLength, error);
    }

    [Fact]
    public void Oversized_body_is_413_and_oversized_message_is_513()
    {
        var buffer = new ReadOnlySequence<byte>(WithLengthLine("Content-Length: 1000000"));
        Assert.Equal(SipFrameResult.Invalid, SipStreamFramer.TryRead(ref buffer, SipParseLimits.Default, out _, out var error));
        Assert.Equal(SipParseError.BodyTooLarge, error);
        Assert.Equal(413, error.ToStatusCode());

        var limits = SipParseLimits.Default with { MaxMessageSize = 300, MaxBodySize = 1000 };
        buffer = new ReadOnlySequence<byte>(WithLengthLine("Content-Length: 900"));
        Assert.Equal(SipFrameResult.Invalid, SipStreamFramer.TryRead(ref buffer, limits, out _, out error));
        Assert.Equal(SipParseError.MessageTooLarge, error);

        var endless = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes("INVITE sip:a@b SIP/2.0\r\n" + new string('X', 400)));
        Assert.Equal(SipFrameResult.Invalid, SipStreamFramer.TryRead(ref endless, limits, out _, out error));
        Assert.Equal(SipParseError.MessageTooLarge, error);
        Assert.Equal(513, error.ToStatusCode());
    }
}
