using BenchmarkDotNet.Running;

namespace MediaCore.Bench;

/// <summary>
/// Entry point. `dotnet run -c Release --project bench -- load &lt;scenario&gt; [options]` runs the end-to-end load tool
/// (bench/Load); `-- agent ...` the voice agent's response and barge-in times (bench/Pipeline); `-- sipp ...` runs the SIPp call-rate and concurrent-echo runs (bench/Sip/SippBench.cs); anything else
/// goes to BenchmarkDotNet's switcher (`-- --filter '*'` runs every micro-benchmark suite).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load")
            return Load.LoadCommand.MainAsync(args[1..]).GetAwaiter().GetResult();
        if (args.Length > 0 && args[0] == "agent")
            return Pipeline.PipelineBenchCommand.MainAsync(args[1..]).GetAwaiter().GetResult();
        if (args.Length > 0 && args[0] == "sipp")
            return Sip.SippBench.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
