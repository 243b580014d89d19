using BenchmarkDotNet.Running;

namespace MediaCore.Bench;

/// <summary>Entry point: `dotnet run -c Release --project bench -- --filter '*'` runs every suite.</summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
