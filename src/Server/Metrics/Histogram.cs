using System.Globalization;
using System.Text;

namespace MediaCore.Server.Metrics;

/// <summary>
/// Observations counted into fixed upper-bound buckets per label set; exposed as cumulative _bucket{le}, _sum and
/// _count. Observe is lock-free: one interlocked increment on the first bucket that fits, plus sum and count.
/// </summary>
public sealed class Histogram : MetricFamily<Histogram.Child>
{
    public static readonly double[] LatencySeconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private readonly double[] _bounds;

    public Histogram(string name, string help, double[] bounds, params string[] labelNames)
        : base(name, help, labelNames, () => new Child(bounds))
    {
        for (int i = 1; i < bounds.Length; i++)
            if (!(bounds[i] > bounds[i - 1]))
                throw new ArgumentException("bucket bounds must increase", nameof(bounds));
        _bounds = bounds;
    }

    public override string Type => "histogram";

    public void Observe(double value) => Labels().Observe(value);

    protected override void WriteChild(StringBuilder output, string[] labelValues, Child child)
    {
        long cumulative = 0;
        for (int i = 0; i < _bounds.Length; i++)
        {
            cumulative += child.BucketCount(i);
            WriteSample(output, "_bucket", labelValues, cumulative, "le", _bounds[i].ToString("R", CultureInfo.InvariantCulture));
        }
        WriteSample(output, "_bucket", labelValues, child.Count, "le", "+Inf");
        WriteSample(output, "_sum", labelValues, child.Sum);
        WriteSample(output, "_count", labelValues, child.Count);
    }

    public sealed class Child(double[] bounds)
    {
        private readonly long[] _buckets = new long[bounds.Length];
        private AtomicDouble _sum;
        private long _count;

        public long Count => Interlocked.Read(ref _count);
        public double Sum => _sum.Value;
        internal long BucketCount(int i) => Interlocked.Read(ref _buckets[i]);

        public void Observe(double value)
        {
            int i = 0;
            while (i < bounds.Length && value > bounds[i])
                i++;
            if (i < bounds.Length)
                Interlocked.Increment(ref _buckets[i]);
            _sum.Add(value);
            Interlocked.Increment(ref _count);
        }
    }
}
