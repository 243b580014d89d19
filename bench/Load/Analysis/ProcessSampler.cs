using System.Diagnostics;
using System.Globalization;

namespace MediaCore.Bench.Load.Analysis;

/// <summary>
/// Samples a server process's CPU and memory from procfs once per <see cref="Interval"/>:
/// CPU % = Δ(utime + stime) of /proc/&lt;pid&gt;/stat (fields 14, 15, in clock ticks) over Δwall, 100 % = one core;
/// RSS = VmRSS of /proc/&lt;pid&gt;/status. Linux only; on other systems it records nothing.
/// </summary>
public sealed class ProcessSampler : IAsyncDisposable
{
    // USER_HZ is 100 on every Linux ABI .NET runs on (sysconf(_SC_CLK_TCK)).
    private const double ClockTicksPerSecond = 100;
    private readonly List<ResourceSample> _samples = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly long _origin = Stopwatch.GetTimestamp();

    public ProcessSampler(int pid, TimeSpan? interval = null)
    {
        Pid = pid;
        Interval = interval ?? TimeSpan.FromMilliseconds(500);
        _loop = Task.Run(() => LoopAsync(_stopping.Token));
    }

    public int Pid { get; }

    public TimeSpan Interval { get; }

    /// <summary>The pid of the first process whose comm (/proc/&lt;pid&gt;/comm) or command line contains <paramref name="name"/>, ours excluded.</summary>
    public static int? FindPid(string name)
    {
        int self = Environment.ProcessId;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid) || pid == self)
                continue;
            try
            {
                string comm = File.ReadAllText(Path.Combine(dir, "comm")).Trim();
                string cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (comm.Equals(name, StringComparison.Ordinal) || cmdline.Contains(name, StringComparison.Ordinal))
                    return pid;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return null;
    }

    public IReadOnlyList<ResourceSample> Snapshot()
    {
        lock (_samples)
            return _samples.ToArray();
    }

    /// <summary>Samples taken between two Stopwatch timestamps (a ramp step), summarised.</summary>
    public ResourceSummary Summarize(long fromTimestamp = 0, long toTimestamp = long.MaxValue)
    {
        var window = Snapshot().Where(s => s.Timestamp >= fromTimestamp && s.Timestamp <= toTimestamp).ToArray();
        return ResourceSummary.Of(Pid, window);
    }

    private async Task LoopAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(Interval);
        (long Ticks, long At)? previous = ReadCpuTicks() is long t0 ? (t0, Stopwatch.GetTimestamp()) : null;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation).ConfigureAwait(false))
            {
                long now = Stopwatch.GetTimestamp();
                if (ReadCpuTicks() is not long ticks)
                    return; // the process is gone
                double? cpu = previous is var (pt, pat)
                    ? (ticks - pt) / ClockTicksPerSecond / Stopwatch.GetElapsedTime(pat, now).TotalSeconds * 100
                    : null;
                previous = (ticks, now);
                var sample = new ResourceSample(now, Stopwatch.GetElapsedTime(_origin, now).TotalSeconds, cpu ?? 0, ReadRssMegabytes() ?? 0);
                lock (_samples)
                    _samples.Add(sample);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private long? ReadCpuTicks()
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{Pid}/stat");
            // comm (field 2) may contain spaces and parentheses: count fields after the LAST ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is field 3 (state), so utime (14) is fields[11] and stime (15) is fields[12].
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private double? ReadRssMegabytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
            {
                if (!line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    continue;
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }
}
