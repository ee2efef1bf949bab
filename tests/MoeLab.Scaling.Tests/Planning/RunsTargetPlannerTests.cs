using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Planning;
using MoeLab.Scaling.Planning.MultiScale;

namespace MoeLab.Scaling.Tests.Planning;

/// <summary>The extrapolated optima realised into buildable architectures at the target budget.</summary>
public sealed class RunsTargetPlannerTests
{
    private static RunsAnalysis Analyse(double noise, double target) =>
        RunsAnalysis.Run(MultiScaleRunsFile.Parse(SyntheticLadder.PaperLike(noise, seed: 1).Lines(), "synthetic.csv"), SyntheticLadder.Wall, target,
            new BootstrapOptions { Resamples = 300, Seed = 1 });

    [Fact]
    public void PlanAll_NoiseFreeLadder_BuildsTheArchitectureNearestTheTrueOptimum()
    {
        var analysis = Analyse(0, 1e21);

        var plans = RunsTargetPlanner.PlanAll(analysis, PlanningFixtures.PaperRealizer, new PaperSplit(), PlanOptions.Default);

        var truth = SyntheticLadder.PaperLike();
        var chosen = plans.Estimate.Plan!.Chosen.Shape;
        Assert.Equal(truth.HiddenSize.At(1e21), chosen.HiddenSize, 0.02 * truth.HiddenSize.At(1e21));
        Assert.Equal(truth.FlopsRatio.At(1e21), chosen.Triad.FlopsPerActiveParam, 0.05 * truth.FlopsRatio.At(1e21));
        Assert.Equal(truth.TotalPerActive.At(1e21), chosen.Triad.TotalPerActiveParam, 0.05 * truth.TotalPerActive.At(1e21));
        Assert.Equal(truth.MinimumLoss.At(1e21), plans.Estimate.Plan.Chosen.Loss, 1e-3);
    }

    [Fact]
    public void PlanAll_NoisyLadder_IntervalEndsBracketTheEstimatesWidth()
    {
        var analysis = Analyse(0.002, 3e20);

        var plans = RunsTargetPlanner.PlanAll(analysis, PlanningFixtures.PaperRealizer, new PaperSplit(), PlanOptions.Default);

        Assert.All(plans.All, p => Assert.Null(p.Failure));
        var widths = plans.All.Select(p => p.Plan!.Chosen.Shape.HiddenSize).ToList();
        Assert.True(widths[0] <= widths[1] && widths[1] <= widths[2], string.Join(", ", widths));
        Assert.True(widths[0] < widths[2]);
    }

    [Fact]
    public void TargetOptimumOracle_IsLeastAtTheCentre()
    {
        var analysis = Analyse(0, 1e21);
        var oracle = TargetOptimumOracle.For(analysis, analysis.Estimate);
        var c = analysis.Estimate;

        Assert.Equal(c.Loss, oracle.PredictLoss(c.FlopsPerActiveParam, c.TotalPerActive, c.HiddenSize), 12);
        Assert.All(oracle.Curvatures, k => Assert.True(k > 0));
        Assert.True(oracle.PredictLoss(c.FlopsPerActiveParam * 1.1, c.TotalPerActive, c.HiddenSize) > c.Loss);
        Assert.True(oracle.PredictLoss(c.FlopsPerActiveParam, c.TotalPerActive, c.HiddenSize * 0.9) > c.Loss);
    }

    [Fact]
    public void TargetOptimumOracle_LargestScaleWithoutWidthMinimum_TakesTheCurvatureOfTheNextScaleThatHasOne()
    {
        var ladder = SyntheticLadder.PaperLike();
        var analysis = RunsAnalysis.Run(MultiScaleRunsFile.Parse(ladder.LinesWithoutWidthMinimumAt(3e20), "concave.csv"), SyntheticLadder.Wall, 1e21,
            new BootstrapOptions { Resamples = 50, Seed = 1 });
        var (largest, next) = (analysis.Scales[^1], analysis.Scales[^2]);
        Assert.Equal(CurveFitExit.BestRun, largest.Fit(Laws.PerScaleCurveKind.Quadratic).Exit);

        var oracle = TargetOptimumOracle.For(analysis, analysis.Estimate);

        // The concave curve's own curvature is negative; the 1e20 scale's fitted one, in relative units, stands in.
        var fit = next.Fit(Laws.PerScaleCurveKind.Quadratic);
        Assert.Equal(fit.Curve.Curvature(fit.Optimum!.X) * Math.Pow(fit.Optimum.X, 2) / (2 * next.MinimumLoss), oracle.Curvatures[2], 12);
        Assert.True(oracle.Curvatures[2] > 0);
        var c = analysis.Estimate;
        Assert.True(oracle.PredictLoss(c.FlopsPerActiveParam, c.TotalPerActive, c.HiddenSize * 1.1) > c.Loss);
    }
}
