using MediaCore.Media.Jitter;

namespace MediaCore.Media.Tests.Jitter;

/// <summary>Put/Get behaviour packet by packet (8 kHz, 20 ms frames, minimum delay 40 ms = 2 frames).</summary>
public sealed class AdaptiveJitterBufferTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);

    private static AdaptiveJitterBuffer NewBuffer() => new(new JitterBufferOptions { MinDelay = Frame * 2, MaxDelay = Frame * 10, MaxPayloadSize = 200 });

    private static JitterPutResult Put(AdaptiveJitterBuffer buffer, ushort seq, byte? content = null) =>
        buffer.Put(seq, seq * 160u, [content ?? (byte)seq, 1, 2, 3], Frame * seq);

    private static (JitterFrameKind Kind, int Content, long Seq, int Next) Get(AdaptiveJitterBuffer buffer)
    {
        var frame = buffer.Get();
        return (frame.Kind, frame.Payload.IsEmpty ? -1 : frame.Payload[0], frame.SequenceNumber, frame.NextPayload.IsEmpty ? -1 : frame.NextPayload[0]);
    }

    [Fact]
    public void BuffersToTheTargetThenPlaysInOrder()
    {
        var buffer = NewBuffer();
        Assert.Equal(JitterFrameKind.Buffering, Get(buffer).Kind);
        Put(buffer, 10);
        Assert.Equal(JitterFrameKind.Buffering, Get(buffer).Kind);
        Put(buffer, 11);
        Assert.Equal((JitterFrameKind.Audio, 10, 10L, -1), Get(buffer));
        Put(buffer, 12);
        Assert.Equal(JitterFrameKind.Audio, Get(buffer).Kind);
        Assert.True(buffer.IsPlaying);
    }

    [Fact]
    public void ReorderedPacketsComeOutInSequence()
    {
        var buffer = NewBuffer();
        foreach (ushort seq in new ushort[] { 2, 1, 4, 3, 6, 5, 8, 7 })
            Put(buffer, seq);
        var played = new List<int>();
        for (int i = 0; i < 8; i++)
            played.Add(Get(buffer).Content);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }, played);
    }

    [Fact]
    public void MissingPacketIsLostAndTheNextPayloadIsExposedForFec()
    {
        var buffer = NewBuffer();
        Put(buffer, 1);
        Put(buffer, 3);
        Put(buffer, 4);
        Assert.Equal(1, Get(buffer).Content);
        Assert.Equal((JitterFrameKind.Lost, -1, 2L, 3), Get(buffer));
        Assert.Equal(3, Get(buffer).Content);
        Assert.Equal(1, buffer.Statistics.Lost);
        Assert.Equal(1, buffer.Statistics.Concealed);
    }

    [Fact]
    public void PacketArrivingAfterItsPlayoutIsLate()
    {
        var buffer = NewBuffer();
        Put(buffer, 1);
        Put(buffer, 3);
        Get(buffer);
        Get(buffer);                                   // 2 declared lost
        Assert.Equal(JitterPutResult.Late, Put(buffer, 2));
        Assert.Equal(1, buffer.Statistics.Late);
        Assert.Equal(3, Get(buffer).Content);
    }

    [Fact]
    public void LatePacketRaisesTheTargetDelay()
    {
        var buffer = NewBuffer();
        Put(buffer, 1);
        Put(buffer, 3);
        Get(buffer);
        Get(buffer);
        var before = buffer.TargetDelay;
        Put(buffer, 2);
        Assert.Equal(before + Frame, buffer.TargetDelay);
    }

    [Fact]
    public void DuplicateIsDroppedAndCounted()
    {
        var buffer = NewBuffer();
        Assert.Equal(JitterPutResult.Accepted, Put(buffer, 1));
        Assert.Equal(JitterPutResult.Duplicate, Put(buffer, 1, content: 99));
        Put(buffer, 2);
        Assert.Equal(1, Get(buffer).Content);           // the first copy is kept
        Assert.Equal(1, buffer.Statistics.Duplicates);
        Assert.Equal(2, buffer.Statistics.Received);
    }

    [Fact]
    public void PayloadIsCopiedNotReferenced()
    {
        var buffer = NewBuffer();
        var datagram = new byte[] { 42, 0, 0, 0 };
        buffer.Put(1, 160, datagram, TimeSpan.Zero);
        datagram[0] = 0;                                  // the caller reuses its receive buffer
        Put(buffer, 2);
        Assert.Equal(42, Get(buffer).Content);
    }

    [Fact]
    public void OversizedPayloadIsRejected()
    {
        var buffer = NewBuffer();
        Assert.Equal(JitterPutResult.TooLarge, buffer.Put(1, 0, new byte[201], TimeSpan.Zero));
        Assert.Equal(1, buffer.Statistics.TooLarge);
    }

    [Fact]
    public void SequenceWrapKeepsOrder()
    {
        var buffer = NewBuffer();
        foreach (ushort seq in new ushort[] { 65534, 0, 65535, 1, 2 })
            Put(buffer, seq, content: (byte)(seq + 2));
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, Enumerable.Range(0, 5).Select(_ => Get(buffer).Content).ToArray());
    }

    [Fact]
    public void EmptyBufferUnderflowsWithoutMovingThenPlaysTheLatePacket()
    {
        var buffer = NewBuffer();
        Put(buffer, 1);
        Put(buffer, 2);
        Get(buffer);
        Get(buffer);
        Assert.Equal((JitterFrameKind.Underflow, -1, 3L, -1), Get(buffer));
        Assert.Equal(JitterPutResult.Accepted, Put(buffer, 3));
        Assert.Equal(3, Get(buffer).Content);
        Assert.Equal(0, buffer.Statistics.Lost);
    }

    [Fact]
    public void HugeSequenceJumpResynchronizes()
    {
        var buffer = NewBuffer();
        Put(buffer, 1);
        Put(buffer, 2);
        Get(buffer);
        Assert.Equal(JitterPutResult.Stray, Put(buffer, 20000));
        Assert.Equal(JitterPutResult.Resynchronized, Put(buffer, 20001, content: 7));
        Put(buffer, 20002);
        Assert.Equal(7, Get(buffer).Content);
        Assert.Equal(1, buffer.Statistics.Resyncs);
        Assert.Equal(1, buffer.Statistics.Strays);
    }

    [Fact]
    public void SingleStrayPacketIsDroppedWithoutDisturbingPlayout()
    {
        var buffer = NewBuffer();
        Put(buffer, 1);
        Put(buffer, 2);
        Assert.Equal(1, Get(buffer).Content);
        Assert.Equal(JitterPutResult.Stray, Put(buffer, 30000));
        Put(buffer, 3);
        Assert.Equal(2, Get(buffer).Content);
        Assert.Equal(3, Get(buffer).Content);
        Assert.Equal(0, buffer.Statistics.Resyncs);
    }

    [Fact]
    public void DelayNeverExceedsTheMaximum()
    {
        var buffer = NewBuffer();
        for (ushort seq = 1; seq <= 20; seq++)
            Put(buffer, seq);
        var frame = Get(buffer);
        Assert.Equal(JitterFrameKind.Audio, frame.Kind);
        Assert.Equal(11, frame.Content);                  // the 10 oldest discarded to fit 10 frames
        Assert.Equal(Frame * 10, buffer.CurrentDelay);
        Assert.Equal(10, buffer.Statistics.Discarded);
    }

    [Fact]
    public void PutAndGetAllocateNothingOnceWarm()
    {
        var buffer = NewBuffer();
        var payload = new byte[160];
        ushort seq = 0;
        for (int i = 0; i < 200; i++)
        {
            buffer.Put(seq, seq * 160u, payload, Frame * i);
            seq++;
            buffer.Get();
        }
        int next = 200;
        Assert.Equal(0, AllocationProbe.FewestBytes(() =>
        {
            for (int end = next + 2_500; next < end; next++)
            {
                if (next % 17 != 0)                        // some loss, so the Lost path runs too
                    buffer.Put(seq, seq * 160u, payload, Frame * next);
                seq++;
                _ = buffer.Get();
                _ = buffer.Statistics;
            }
        }));
    }

    [Fact]
    public void PlayoutDecodesConcealsAndSilences()
    {
        var buffer = NewBuffer();
        using var decoder = new FakeDecoder();
        var playout = new JitterPlayout(buffer, decoder);
        var pcm = new short[160];
        Assert.Equal(JitterFrameKind.Buffering, playout.NextFrame(pcm));
        Assert.All(pcm, s => Assert.Equal(0, s));
        Put(buffer, 1, content: 5);
        Put(buffer, 3, content: 7);
        Put(buffer, 4, content: FakeDecoder.CorruptMarker);
        Assert.Equal(JitterFrameKind.Audio, playout.NextFrame(pcm));
        Assert.All(pcm, s => Assert.Equal(5, s));
        Assert.Equal(JitterFrameKind.Lost, playout.NextFrame(pcm));
        Assert.All(pcm, s => Assert.Equal(-1, s));
        Assert.Equal(JitterFrameKind.Audio, playout.NextFrame(pcm));
        Assert.All(pcm, s => Assert.Equal(7, s));
        Assert.Equal(JitterFrameKind.Audio, playout.NextFrame(pcm));     // corrupt payload → concealed
        Assert.All(pcm, s => Assert.Equal(-1, s));
        Assert.Equal(1, playout.DecodeErrors);
        Assert.Equal(2, decoder.Conceals);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RaisedTargetShrinksBackAndFasterWhenQuiet(bool quiet)
    {
        var buffer = new AdaptiveJitterBuffer(new JitterBufferOptions { MinDelay = Frame * 2, MaxDelay = Frame * 10 });
        // One 100 ms delay spike raises the jitter estimate, then the network is perfect again.
        ushort seq = 0;
        int ticksToReturn = -1;
        var highest = TimeSpan.Zero;
        for (int tick = 0; tick < 3000 && ticksToReturn < 0; tick++)
        {
            var extra = seq == 50 ? TimeSpan.FromMilliseconds(100) : TimeSpan.Zero;
            buffer.Put(seq, seq * 160u, [1], Frame * tick + extra);
            seq++;
            buffer.Get(quiet);
            highest = buffer.TargetDelay > highest ? buffer.TargetDelay : highest;
            if (tick > 60 && buffer.TargetDelay == Frame * 2)
                ticksToReturn = tick;
        }
        Assert.True(highest >= Frame * 3, $"the spike did not raise the target ({highest})");
        Assert.InRange(ticksToReturn, 61, 2999);
        if (quiet)
            Assert.True(ticksToReturn < 400, $"quiet shrink took {ticksToReturn} ticks");
        else
            Assert.True(ticksToReturn > 100, $"speech shrink took only {ticksToReturn} ticks");
    }
}
