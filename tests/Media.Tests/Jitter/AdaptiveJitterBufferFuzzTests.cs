using MediaCore.Media.Jitter;

namespace MediaCore.Media.Tests.Jitter;

/// <summary>Seeded random abuse (reorder, duplicates, jumps, oversize, bursts of Gets): no exception, invariants hold.</summary>
public sealed class AdaptiveJitterBufferFuzzTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomOperationsKeepTheInvariants(int seed)
    {
        var options = new JitterBufferOptions { MinDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(160), MaxPayloadSize = 64 };
        var buffer = new AdaptiveJitterBuffer(options);
        var random = new Random(seed);
        var payload = new byte[80];
        ushort seq = (ushort)random.Next(65536);
        long lastPlayed = long.MinValue;
        long resyncs = 0;
        var now = TimeSpan.Zero;
        for (int step = 0; step < 100_000; step++)
        {
            now += TimeSpan.FromMilliseconds(random.Next(0, 25));
            int roll = random.Next(100);
            if (roll < 55)
                Put(buffer, (ushort)(seq + random.Next(-5, 6)), payload, random.Next(0, 81), now);
            else if (roll < 57)
                Put(buffer, (ushort)random.Next(65536), payload, 10, now);          // wild sequence number
            else if (roll < 60)
                seq += (ushort)random.Next(1, 4);
            else
            {
                var frame = buffer.Get();
                Assert.True(buffer.CurrentDelay <= options.MaxDelay);
                Assert.InRange(buffer.TargetDelay, options.MinDelay, options.MaxDelay);
                if (buffer.Statistics.Resyncs != resyncs)
                {
                    resyncs = buffer.Statistics.Resyncs;
                    lastPlayed = long.MinValue;                                    // a new stream starts its own order
                }
                if (frame.Kind is JitterFrameKind.Audio or JitterFrameKind.Lost)
                {
                    Assert.True(frame.SequenceNumber > lastPlayed, $"step {step}: {frame.SequenceNumber} after {lastPlayed}");
                    lastPlayed = frame.SequenceNumber;
                }
                if (frame.Kind == JitterFrameKind.Audio)
                    Assert.InRange(frame.Payload.Length, 0, options.MaxPayloadSize);
                seq++;
            }
        }
        var stats = buffer.Statistics;
        Assert.True(stats.Received > 0 && stats.Duplicates > 0 && stats.Late > 0 && stats.TooLarge > 0);
    }

    private static void Put(AdaptiveJitterBuffer buffer, ushort seq, byte[] payload, int length, TimeSpan now) =>
        buffer.Put(seq, seq * 160u, payload.AsSpan(0, length), now);
}
