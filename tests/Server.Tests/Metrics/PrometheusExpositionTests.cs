using System.Net;
using MediaCore.Server.Hosting;
using MediaCore.Server.Metrics;

namespace MediaCore.Server.Tests.Metrics;

public sealed class PrometheusExpositionTests
{
    [Fact]
    public void Renders_help_type_labels_and_escapes_exactly()
    {
        var registry = new MetricsRegistry();
        var calls = registry.Counter("mc_calls_total", "Calls\\finished\nby outcome.", "tenant", "outcome");
        calls.Labels("momo \"house\"", "line1\nline2\\").Inc(2);
        registry.Gauge("mc_up", "Up.").Set(1);

        Assert.Equal(
            "# HELP mc_calls_total Calls\\\\finished\\nby outcome.\n" +
            "# TYPE mc_calls_total counter\n" +
            "mc_calls_total{tenant=\"momo \\\"house\\\"\",outcome=\"line1\\nline2\\\\\"} 2\n" +
            "# HELP mc_up Up.\n# TYPE mc_up gauge\nmc_up 1\n",
            registry.Render());
    }

    [Fact]
    public void Collectors_sample_before_every_render()
    {
        var registry = new MetricsRegistry();
        var queue = registry.Gauge("mc_queue_depth", "Queued.", "queue");
        int depth = 0;
        registry.AddCollector(() => queue.Labels("stt").Set(++depth));

        Assert.Contains("mc_queue_depth{queue=\"stt\"} 1\n", registry.Render(), StringComparison.Ordinal);
        Assert.Contains("mc_queue_depth{queue=\"stt\"} 2\n", registry.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void Histogram_buckets_are_cumulative_with_sum_and_count()
    {
        var registry = new MetricsRegistry();
        var latency = registry.Histogram("mc_latency_seconds", "Latency.", [0.1, 0.5], "stage");
        foreach (var v in new[] { 0.05, 0.1, 0.3, 2.0 })
            latency.Labels("stt").Observe(v);

        Assert.Equal(
            "# HELP mc_latency_seconds Latency.\n# TYPE mc_latency_seconds histogram\n" +
            "mc_latency_seconds_bucket{stage=\"stt\",le=\"0.1\"} 2\n" +
            "mc_latency_seconds_bucket{stage=\"stt\",le=\"0.5\"} 3\n" +
            "mc_latency_seconds_bucket{stage=\"stt\",le=\"+Inf\"} 4\n" +
            "mc_latency_seconds_sum{stage=\"stt\"} 2.45\n" +
            "mc_latency_seconds_count{stage=\"stt\"} 4\n",
            registry.Render());
    }

    [Theory]
    [InlineData("9starts_with_digit")]
    [InlineData("has-dash")]
    [InlineData("")]
    public void Invalid_metric_names_are_rejected(string name) =>
        Assert.Throws<ArgumentException>(() => new Counter(name, "x"));

    [Fact]
    public void Reserved_or_wrong_count_labels_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Counter("ok_total", "x", "__reserved"));
        Assert.Throws<ArgumentException>(() => new Histogram("ok_seconds", "x", [1], "le"));
        Assert.Throws<ArgumentException>(() => new Counter("ok_total", "x", "a").Labels("1", "2"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Counter("ok_total", "x").Inc(-1));
    }

    [Fact]
    public void Concurrent_updates_are_not_lost()
    {
        var counter = new Counter("mc_parallel_total", "x", "worker");
        var histogram = new Histogram("mc_parallel_seconds", "x", [0.5]);
        Parallel.For(0, 8, worker =>
        {
            for (int i = 0; i < 10_000; i++)
            {
                counter.Labels((worker % 2).ToString()).Inc();
                histogram.Observe(0.25);
            }
        });
        Assert.Equal(40_000, counter.Labels("0").Value);
        Assert.Equal(40_000, counter.Labels("1").Value);
        Assert.Equal(80_000, histogram.Labels().Count);
        Assert.Equal(20_000, histogram.Labels().Sum);
    }

    [Fact]
    public async Task Metrics_endpoint_is_scraped_and_counters_move()
    {
        var metrics = new MediaCoreMetrics(new MetricsRegistry());
        await using var server = await MetricsServer.StartAsync(metrics.Registry, port: 0, configureLogging: _ => { });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}") };

        var health = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/nope")).StatusCode);

        metrics.BargeIns.Labels("momo-house").Inc();
        var first = await Scrape(http);
        metrics.BargeIns.Labels("momo-house").Inc(2);
        metrics.ActiveCalls.Labels("momo-house").Set(3);
        metrics.StageLatency.Labels("stt").Observe(0.2);
        var second = await Scrape(http);

        Assert.Equal(1, first["mediacore_barge_ins_total{tenant=\"momo-house\"}"]);
        Assert.Equal(3, second["mediacore_barge_ins_total{tenant=\"momo-house\"}"]);
        Assert.Equal(3, second["mediacore_active_calls{tenant=\"momo-house\"}"]);
        Assert.Equal(1, second["mediacore_stage_latency_seconds_bucket{stage=\"stt\",le=\"0.25\"}"]);
        Assert.Equal(0, second["mediacore_stage_latency_seconds_bucket{stage=\"stt\",le=\"0.1\"}"]);
    }

    /// <summary>Parses the exposition: every family has HELP and TYPE before its samples; returns series → value.</summary>
    private static async Task<Dictionary<string, double>> Scrape(HttpClient http)
    {
        var response = await http.GetAsync("/metrics");
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var samples = new Dictionary<string, double>();
        var typed = new HashSet<string>();
        foreach (var line in (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
                typed.Add(line.Split(' ')[2]);
            if (line.StartsWith('#'))
                continue;
            int space = line.LastIndexOf(' ');
            string series = line[..space];
            string family = series.Split('{')[0];
            Assert.Contains(typed, t => family == t || family.StartsWith(t + "_", StringComparison.Ordinal));
            samples[series] = double.Parse(line[(space + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Contains("mediacore_stt_real_time_factor", typed);
        Assert.Contains("mediacore_rtp_jitter_seconds", typed);
        Assert.Contains("mediacore_queue_depth", typed);
        return samples;
    }
}
