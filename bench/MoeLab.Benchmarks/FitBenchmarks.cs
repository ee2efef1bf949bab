using BenchmarkDotNet.Attributes;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;

namespace MoeLab.Benchmarks;

/// <summary>
/// The published Chinchilla procedure at full size: the 4,500-start multi-start fit (target &lt; 2 s on 2 cores)
/// and a 4,000-resample bootstrap (target &lt; 60 s). The bootstrap refits each resample from 4 starts (the
/// best fit plus the best distinct basins of the grid), not all 4,500. The baseline is the straightforward
/// implementation: the point-by-point objective (one interface call per run) minimised by MathNet's L-BFGS. A
/// middle row isolates the minimiser: the SIMD objective with MathNet's L-BFGS instead of the lean one (both
/// reach bit-identical outcomes on this grid).
/// Run with: dotnet run -c Release --project bench/MoeLab.Benchmarks -- --filter '*FitBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class FitBenchmarks
{
    private FitPoint[] _points = [];
    private IReadOnlyList<double[]> _grid = [];
    private MultiStartFit _fit = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindRepositoryRoot(), "data", "scaling", "chinchilla_epoch_svg_extracted_data.csv");
        var table = RunTableReader.Read(path, ColumnMap.ChinchillaExtracted).WithoutHighestLoss(5);
        _points = FitPoint.From(table.Runs);
        _grid = StartGrids.Chinchilla4500();
        _fit = MultiStartFitter.Fit(new HuberObjective(ChinchillaLseModel.Instance, _points, 1e-3), _grid);
    }

    [Benchmark(Description = "4,500-start Chinchilla fit (SIMD objective, lean L-BFGS)")]
    public double MultiStartFit() =>
        MultiStartFitter.Fit(new HuberObjective(ChinchillaLseModel.Instance, _points, 1e-3), _grid).Objective;

    [Benchmark(Description = "4,500-start Chinchilla fit (SIMD objective, MathNet L-BFGS)")]
    public double MultiStartFitMathNet() =>
        MultiStartFitter.Fit(new HuberObjective(ChinchillaLseModel.Instance, _points, 1e-3), _grid,
            new FitOptions { Minimiser = MathNetLbfgsMinimiser.Instance }).Objective;

    [Benchmark(Baseline = true, Description = "4,500-start Chinchilla fit (point-wise objective, MathNet L-BFGS)")]
    public double MultiStartFitPointWise() =>
        MultiStartFitter.Fit(new HuberObjective(ChinchillaLseModel.Instance, _points, 1e-3).PointWise(), _grid,
            new FitOptions { Minimiser = MathNetLbfgsMinimiser.Instance }).Objective;

    [Benchmark(Description = "4,000-resample bootstrap, 4 starts each")]
    public int Bootstrap4000() =>
        Bootstrap.Run(ChinchillaLseModel.Instance, _points, _fit, new FitOptions(),
            new BootstrapOptions { Resamples = 4000, Seed = 1, StartsPerResample = 4, ComputeFlops = 5.76e23 }).Samples.Count;

    // The data are vendored in the repository's data/ directory; walk up from the build output to the
    // directory that holds MoeLab.slnx so the benchmark runs from any checkout.
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MoeLab.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException(
            $"MoeLab.slnx not found above {AppContext.BaseDirectory}; run the benchmarks from a MoeLab checkout.");
    }
}
