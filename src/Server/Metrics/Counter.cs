using System.Text;

namespace MediaCore.Server.Metrics;

/// <summary>A monotonically increasing value per label set (e.g. calls_total{outcome}).</summary>
public sealed class Counter(string name, string help, params string[] labelNames)
    : MetricFamily<Counter.Child>(name, help, labelNames, static () => new Child())
{
    public override string Type => "counter";

    /// <summary>Increments the unlabelled series (families without labels).</summary>
    public void Inc(double amount = 1) => Labels().Inc(amount);

    protected override void WriteChild(StringBuilder output, string[] labelValues, Child child) =>
        WriteSample(output, "", labelValues, child.Value);

    public sealed class Child
    {
        private AtomicDouble _value;
        public double Value => _value.Value;

        public void Inc(double amount = 1)
        {
            if (amount < 0)
                throw new ArgumentOutOfRangeException(nameof(amount), "counters only go up");
            _value.Add(amount);
        }
    }
}
