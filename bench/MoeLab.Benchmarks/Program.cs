using BenchmarkDotNet.Running;

namespace MoeLab.Benchmarks;

/// <summary>
/// Runs MoeLab's BenchmarkDotNet benchmarks. Pick with a filter, e.g.
/// <c>dotnet run -c Release --project bench/MoeLab.Benchmarks -- --filter '*Accounting*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
