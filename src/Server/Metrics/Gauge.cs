using System.Text;

namespace MediaCore.Server.Metrics;

/// <summary>A value that goes up and down per label set (active calls, queue depth).</summary>
public sealed class Gauge(string name, string help, params string[] labelNames)
    : MetricFamily<Gauge.Child>(name, help, labelNames, static () => new Child())
{
    public override string Type => "gauge";

    public void Set(double value) => Labels().Set(value);

    protected override void WriteChild(StringBuilder output, string[] labelValues, Child child) =>
        WriteSample(output, "", labelValues, child.Value);

    public sealed class Child
    {
        private AtomicDouble _value;
        public double Value => _value.Value;
        public void Set(double value) => _value.Set(value);
        public void Inc(double amount = 1) => _value.Add(amount);
        public void Dec(double amount = 1) => _value.Add(-amount);
    }
}
