using MoeLab.Core.Randomness;
using MoeLab.Core.Validation;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Tests;

/// <summary>
/// Fits of many runs: above <see cref="FitOptions.ScreeningRows"/> the starts are screened on a sample and the best
/// minima refined on all runs. The screened fit must land where running every start on every run lands, and recover
/// a known law from a million generated runs.
/// </summary>
public sealed class LargeFitTests
{
    private static readonly ChinchillaLaw Truth = new(E: 1.82, A: 482, B: 2085, Alpha: 0.3478, Beta: 0.3658);

    /// <summary>72 starts spanning the published grid's range: enough basins to rank, cheap enough for a test.</summary>
    private static readonly IReadOnlyList<double[]> CoarseGrid =
        StartGrids.Product([[0.0, 5, 10], [0.0, 5, 10], [-0.5, 0.5], [0.2, 0.6], [0.2, 0.6]]);

    /// <summary>Runs with N log-uniform in 10⁷–10¹⁰ and D in 10⁹–10¹², loss from <paramref name="law"/> times log-normal noise.</summary>
    private static List<RunPoint> Generate(IScalingLaw law, int count, long seed, double noise)
    {
        var rng = SplitMix64.ForStream(seed);
        var runs = new List<RunPoint>(count);
        for (var i = 0; i < count; i++)
        {
            var n = Math.Exp(Math.Log(1e7) + rng.NextDouble() * Math.Log(1e3));
            var d = Math.Exp(Math.Log(1e9) + rng.NextDouble() * Math.Log(1e3));
            var loss = law.Loss(new LawInput(n, d)) * Math.Exp(noise * rng.NextGaussianUnpaired());
            runs.Add(new RunPoint(n, d, 6 * n * d, loss, i + 1));
        }
        return runs;
    }

    private static FitRequest Request(List<RunPoint> runs, FitOptions options) =>
        new(new RunTable("generated.csv", runs), LawForms.Create("chinchilla") with { Starts = CoarseGrid }, options);

    [Fact]
    public void MillionRunsFromAKnownLaw_ScreenedFit_RecoversItsCoefficients()
    {
        var outcome = FitService.Run(Request(Generate(Truth, 1_000_000, seed: 3, noise: 0.002), new FitOptions()));
        var screening = Assert.IsType<StartScreening>(outcome.Fit.Screening);
        Assert.Equal((20_000, 1_000_000), (screening.SampleRuns, screening.TotalRuns));
        Assert.True(outcome.Fit.Converged);
        var law = (ChinchillaLaw)outcome.Law;
        // A million runs at 0.2% noise pin the law far tighter than these bounds; A and B trade off with the exponents.
        Assert.Equal(Truth.Alpha, law.Alpha, 0.002);
        Assert.Equal(Truth.Beta, law.Beta, 0.002);
        Assert.Equal(Truth.E, law.E, Truth.E * 0.003);
        Assert.Equal(Truth.A, law.A, Truth.A * 0.03);
        Assert.Equal(Truth.B, law.B, Truth.B * 0.03);
    }

    [Fact]
    public void ScreenedFit_LandsOnTheMinimumOfEveryStartOnEveryRun()
    {
        var runs = Generate(Truth, 30_000, seed: 8, noise: 0.01);
        var screened = FitService.Run(Request(runs, new FitOptions())).Fit;
        var exhaustive = FitService.Run(Request(runs, new FitOptions { ScreeningRows = int.MaxValue })).Fit;
        Assert.NotNull(screened.Screening);
        Assert.Null(exhaustive.Screening);
        Assert.Equal(exhaustive.Objective, screened.Objective, exhaustive.Objective * 1e-9);
        for (var j = 0; j < exhaustive.Theta.Length; j++)
            Assert.Equal(exhaustive.Theta[j], screened.Theta[j], 1e-5 * Math.Max(1, Math.Abs(exhaustive.Theta[j])));
        // The refined starts are the screening's best distinct minima, the best first.
        Assert.Equal(CoarseGrid.Count, screened.Starts);
        Assert.InRange(screened.Screening!.Refined, 1, new FitOptions().RefinedBasins);
    }

    [Fact]
    public void AtOrBelowTheScreeningSize_EveryStartRunsOnEveryRun_BitForBit()
    {
        var runs = Generate(Truth, 400, seed: 2, noise: 0.01);
        var objective = new HuberObjective(ChinchillaLseModel.Instance, FitPoint.From(runs), 1e-3);
        var plain = MultiStartFitter.Fit(objective, "c", ChinchillaLseModel.Instance.ParameterNames, CoarseGrid, new FitOptions());
        var atLimit = MultiStartFitter.Fit(objective, CoarseGrid, new FitOptions { ScreeningRows = 400 });
        Assert.Null(atLimit.Screening);
        Assert.Equal(plain.Theta, atLimit.Theta);
        Assert.Equal(plain.Objective, atLimit.Objective);
    }

    [Fact]
    public void Subset_IsTheObjectiveOfThoseRunsAndWeights_SummedOrMean()
    {
        var points = FitPoint.From(Generate(Truth, 50, seed: 4, noise: 0.01));
        var weights = Enumerable.Range(0, 50).Select(i => (double)(i % 4)).ToArray();
        int[] picked = [1, 7, 8, 20, 33, 49];
        double[] theta = [6.1, 7.6, 0.6, 0.35, 0.37];
        foreach (var mean in new[] { false, true })
        {
            var subset = new HuberObjective(ChinchillaLseModel.Instance, points, 1e-3, mean, weights).Subset(picked);
            var direct = new HuberObjective(ChinchillaLseModel.Instance, [.. picked.Select(i => points[i])], 1e-3, mean, [.. picked.Select(i => weights[i])]);
            var g1 = new double[5];
            var g2 = new double[5];
            Assert.Equal(direct.Evaluate(theta, g2), subset.Evaluate(theta, g1));
            Assert.Equal(g2, g1);
            Assert.Equal(picked.Length, subset.PointCount);
        }
    }

    [Fact]
    public void ScreeningSample_SortedDistinctSeededAndEveryRowEquallyLikely()
    {
        const int rows = 100, size = 10, trials = 20_000;
        var hits = new int[rows];
        for (var seed = 0; seed < trials; seed++)
        {
            var sample = ScreeningSample.Indices(rows, size, seed);
            Assert.Equal(size, sample.Length);
            for (var i = 1; i < sample.Length; i++) Assert.True(sample[i] > sample[i - 1]);
            Assert.InRange(sample[0], 0, rows - 1);
            Assert.InRange(sample[^1], 0, rows - 1);
            foreach (var i in sample) hits[i]++;
        }
        // Inclusion probability size/rows = 0.1 for every row; 5 standard errors of a binomial proportion.
        var tolerance = 5 * Math.Sqrt(0.1 * 0.9 / trials);
        Assert.All(hits, h => Assert.InRange(h / (double)trials, 0.1 - tolerance, 0.1 + tolerance));
        Assert.Equal(ScreeningSample.Indices(1000, 50, 7), ScreeningSample.Indices(1000, 50, 7));
        Assert.NotEqual(ScreeningSample.Indices(1000, 50, 7), ScreeningSample.Indices(1000, 50, 8));
        Assert.Equal(Enumerable.Range(0, 5), ScreeningSample.Indices(5, 10, 1));
    }

    [Fact]
    public void CostEstimate_CountsTheWorkEachStageDoes()
    {
        var form = LawForms.Create("chinchilla") with { Starts = CoarseGrid };
        var large = FitService.Estimate(new FitRequest(new RunTable("big.csv", Generate(Truth, 30_000, 1, 0.01)), form, new FitOptions(),
            new BootstrapOptions { Resamples = 100, StartsPerResample = 3 }));
        Assert.Equal((30_000, 72, 20_000, 8, 300L), (large.Runs, large.Starts, large.ScreeningRuns, large.Refined, large.BootstrapFits));
        Assert.True(large.FitSeconds > 0 && large.BootstrapSeconds > 0);
        Assert.Contains("72 starts screened on a 20,000-run sample, up to 8 of the best minima refined on all runs", large.Describe());
        Assert.Contains("300 bootstrap fits", large.Describe());

        var small = FitService.Estimate(new FitRequest(new RunTable("small.csv", Generate(Truth, 300, 1, 0.01)), form, new FitOptions()));
        Assert.Equal((300, 300, 0, 0L, 0.0), (small.Runs, small.ScreeningRuns, small.Refined, small.BootstrapFits, small.BootstrapSeconds));
        Assert.StartsWith("300 runs × 72 starts: about ", small.Describe());
        // The multi-start stage is per start: ~72× one start's cost.
        Assert.True(small.Seconds < large.Seconds);
    }

    [Fact]
    public void TooFewRuns_RefusedNamingTheFileAndTheMinimum()
    {
        var table = new RunTable("one-row.csv", [new RunPoint(1e8, 2e9, 1.2e18, 3.1, 1)]);
        var e = Assert.Throws<InvalidInputException>(() => FitService.Run(new FitRequest(table, LawForms.Create("chinchilla"), new FitOptions())));
        Assert.Equal("one-row.csv", e.Source);
        Assert.Equal("data", e.Field);
        Assert.StartsWith("one-row.csv, field 'data': 1 run cannot identify the 5 parameters of the chinchilla form; it needs at least 6", e.Message);
        Assert.Throws<InvalidInputException>(() => FitService.Estimate(new FitRequest(table, LawForms.Create("chinchilla"), new FitOptions())));
    }
}
