using BenchmarkDotNet.Running;

namespace MediaCore.Bench;

/// <summary>Entry point: `dotnet run -c Release --project bench -- --filter '*'` runs every suite.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "sipp")
        {
            Environment.ExitCode = Sip.SippBench.Run(args[1..]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
