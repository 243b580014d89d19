using System.Buffers.Binary;
using MediaCore.Media.Jitter;

namespace MediaCore.Media.Tests.Jitter;

/// <summary>
/// A seeded, simulated-time 20 ms RTP stream through a network (delay, uniform jitter, random and burst loss,
/// duplicates, sender clock skew) into a jitter buffer ticked every 20 ms of receiver time.
/// Each payload carries its packet index so playout order and content can be checked.
/// </summary>
internal sealed class NetworkSimulation
{
    public const int FrameTicks = 160;
    public static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);

    public int Seconds { get; init; } = 60;
    public double SkewPercent { get; init; }
    public double LossRate { get; init; }
    public int BurstStart { get; init; } = -1;
    public int BurstLength { get; init; }
    public double JitterMilliseconds { get; init; }
    public double DuplicateRate { get; init; }
    public ushort FirstSequence { get; init; } = 1000;
    public int Seed { get; init; } = 1;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(30);

    public sealed class Result
    {
        public int Ticks;
        public int NetworkLost;
        public int Duplicated;
        public readonly Dictionary<JitterFrameKind, int> Kinds = new();
        public readonly List<int> Played = new();
        public readonly List<int> LostReported = new();
        public readonly List<TimeSpan> DelayPerTick = new();
        public readonly List<TimeSpan> TargetPerTick = new();
        public JitterBufferStatistics Final;
        public int FirstPlayingTick = -1;

        public int Count(JitterFrameKind kind) => Kinds.GetValueOrDefault(kind);
    }

    public Result Run(AdaptiveJitterBuffer buffer)
    {
        var result = new Result();
        var arrivals = BuildArrivals(result);
        int ticks = Seconds * 50;
        int next = 0;
        var payload = new byte[FrameTicks];
        var delivered = new HashSet<int>();
        for (int tick = 0; tick < ticks; tick++)
        {
            var now = Frame * tick;
            for (; next < arrivals.Count && arrivals[next].At <= now; next++)
            {
                var arrival = arrivals[next];
                if (!delivered.Add(arrival.Index))
                    result.Duplicated++;
                BinaryPrimitives.WriteInt32BigEndian(payload, arrival.Index);
                payload.AsSpan(4).Fill((byte)arrival.Index);
                buffer.Put((ushort)(FirstSequence + arrival.Index), (uint)(arrival.Index * FrameTicks), payload, arrival.At);
            }
            Record(buffer, result, tick);
        }
        result.Ticks = ticks;
        result.Final = buffer.Statistics;
        return result;
    }

    private static void Record(AdaptiveJitterBuffer buffer, Result result, int tick)
    {
        var frame = buffer.Get();
        result.Kinds[frame.Kind] = result.Count(frame.Kind) + 1;
        if (frame.Kind == JitterFrameKind.Audio)
        {
            int index = BinaryPrimitives.ReadInt32BigEndian(frame.Payload);
            Assert.Equal(NetworkSimulation.FrameTicks, frame.Payload.Length);
            Assert.Equal((byte)index, frame.Payload[^1]);
            result.Played.Add(index);
        }
        else if (frame.Kind == JitterFrameKind.Lost)
        {
            result.LostReported.Add((int)frame.SequenceNumber);
        }
        if (buffer.IsPlaying && result.FirstPlayingTick < 0)
            result.FirstPlayingTick = tick;
        result.DelayPerTick.Add(buffer.CurrentDelay);
        result.TargetPerTick.Add(buffer.TargetDelay);
    }

    private readonly record struct Arrival(int Index, TimeSpan At);

    private List<Arrival> BuildArrivals(Result result)
    {
        var random = new Random(Seed);
        var arrivals = new List<Arrival>();
        double interval = Frame.TotalMilliseconds / (1 + SkewPercent / 100);
        int packets = (int)(Seconds * 1000 / interval) + 50;
        for (int i = 0; i < packets; i++)
        {
            bool inBurst = BurstStart >= 0 && i >= BurstStart && i < BurstStart + BurstLength;
            if (inBurst || random.NextDouble() < LossRate)
            {
                result.NetworkLost++;
                continue;
            }
            var at = TimeSpan.FromMilliseconds(i * interval + random.NextDouble() * JitterMilliseconds) + BaseDelay;
            arrivals.Add(new Arrival(i, at));
            if (random.NextDouble() < DuplicateRate)
            {
                arrivals.Add(new Arrival(i, at + TimeSpan.FromMilliseconds(random.NextDouble() * 10)));
            }
        }
        arrivals.Sort((a, b) => a.At.CompareTo(b.At));
        return arrivals;
    }
}
