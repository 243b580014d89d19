using System.Text;

namespace MediaCore.Server.Metrics;

/// <summary>
/// The set of exposed families, rendered in registration order as one text-format 0.0.4 document. Collectors run
/// first on every render: values that are cheaper to sample than to push (RTP statistics, queue depths) are read
/// then, off the media path.
/// </summary>
public sealed class MetricsRegistry
{
    private readonly object _gate = new();
    private readonly List<IMetricFamily> _families = [];
    private readonly List<Action> _collectors = [];

    public T Register<T>(T family) where T : IMetricFamily
    {
        lock (_gate)
        {
            if (_families.Any(f => f.Name == family.Name))
                throw new InvalidOperationException($"metric {family.Name} is registered twice");
            _families.Add(family);
        }
        return family;
    }

    public Counter Counter(string name, string help, params string[] labelNames) => Register(new Counter(name, help, labelNames));
    public Gauge Gauge(string name, string help, params string[] labelNames) => Register(new Gauge(name, help, labelNames));
    public Histogram Histogram(string name, string help, double[] bounds, params string[] labelNames) =>
        Register(new Histogram(name, help, bounds, labelNames));

    /// <summary>Runs <paramref name="collect"/> before each render (it updates families it owns).</summary>
    public void AddCollector(Action collect)
    {
        ArgumentNullException.ThrowIfNull(collect);
        lock (_gate)
            _collectors.Add(collect);
    }

    public string Render()
    {
        IMetricFamily[] families;
        Action[] collectors;
        lock (_gate)
        {
            families = [.. _families];
            collectors = [.. _collectors];
        }
        foreach (var collect in collectors)
            collect();
        var output = new StringBuilder(4096);
        foreach (var family in families)
            family.WriteTo(output);
        return output.ToString();
    }
}
