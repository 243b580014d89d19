using System.Collections.Concurrent;
using System.Text;

namespace MediaCore.Server.Metrics;

/// <summary>
/// A named metric with fixed label names; each distinct label-value tuple is one child (time series) created on
/// first use and kept. Children are looked up lock-free, so hot paths should cache the child they update.
/// </summary>
public abstract class MetricFamily<TChild> : IMetricFamily where TChild : class
{
    private readonly ConcurrentDictionary<string, (string[] Values, TChild Child)> _children = new(StringComparer.Ordinal);
    private readonly Func<TChild> _create;

    protected MetricFamily(string name, string help, string[] labelNames, Func<TChild> create)
    {
        MetricNames.Validate(name, labelNames);
        Name = name;
        Help = help;
        LabelNames = labelNames;
        _create = create;
    }

    public string Name { get; }
    public string Help { get; }
    public IReadOnlyList<string> LabelNames { get; }
    public abstract string Type { get; }

    public TChild Labels(params string[] values)
    {
        if (values.Length != LabelNames.Count)
            throw new ArgumentException($"{Name} takes {LabelNames.Count} label values, got {values.Length}");
        string key = string.Join('\u0001', values);
        return _children.GetOrAdd(key, static (_, state) => ((string[])state.values.Clone(), state.create()), (values, create: _create)).Child;
    }

    public void WriteTo(StringBuilder output)
    {
        output.Append("# HELP ").Append(Name).Append(' ').Append(PrometheusText.EscapeHelp(Help)).Append('\n');
        output.Append("# TYPE ").Append(Name).Append(' ').Append(Type).Append('\n');
        foreach (var (_, (values, child)) in _children.OrderBy(c => c.Key, StringComparer.Ordinal))
            WriteChild(output, values, child);
    }

    protected abstract void WriteChild(StringBuilder output, string[] labelValues, TChild child);

    protected void WriteSample(StringBuilder output, string suffix, string[] labelValues, double value, string? extraLabel = null, string? extraValue = null)
    {
        output.Append(Name).Append(suffix);
        PrometheusText.AppendLabels(output, LabelNames, labelValues, extraLabel, extraValue);
        output.Append(' ').Append(PrometheusText.FormatValue(value)).Append('\n');
    }
}

/// <summary>What the registry needs to expose a family.</summary>
public interface IMetricFamily
{
    string Name { get; }
    void WriteTo(StringBuilder output);
}
