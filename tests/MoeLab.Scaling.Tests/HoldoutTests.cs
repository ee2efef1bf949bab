using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Tests;

public sealed class HoldoutTests
{
    private static List<RunPoint> Runs(params double[] computes) =>
        computes.Select((c, i) => new RunPoint(1e8 * (i + 1), c / (6e8 * (i + 1)), c, 3.0, i + 1)).ToList();

    [Fact]
    public void Holdout_ByLargestCompute_TakesTopBudgetsAndKeepsTiesTogether()
    {
        var runs = Runs(1e18, 2e18, 4e18, 8e18, 8e18, 1.6e19);
        var (train, test) = Holdout.ByLargestCompute(runs, 2);
        Assert.Equal([4L, 5, 6], test.Select(r => r.Row));
        Assert.Equal([1L, 2, 3], train.Select(r => r.Row));
        var (_, fraction) = Holdout.ByLargestCompute(runs, 0.1);
        Assert.Single(fraction);
    }

    [Fact]
    public void Holdout_ExactLaw_HasZeroError_AndScaledLawHasThatError()
    {
        var law = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);
        var runs = new[] { 1e9, 2e9 }.Select((n, i) => new RunPoint(n, 2e10, 6 * n * 2e10, law.Loss(n, 2e10), i + 1)).ToList();
        Assert.Equal(0, Holdout.Evaluate(law, runs).MeanAbsoluteRelativeError, 1e-14);
        var shifted = runs.Select(r => r with { Loss = r.Loss / 1.02 }).ToList();
        Assert.Equal(0.02, Holdout.Evaluate(law, shifted).MeanAbsoluteRelativeError, 1e-12);
    }

    [Fact]
    public void FitService_SingleBudget_WarnsWhy()
    {
        var law = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);
        var runs = Enumerable.Range(1, 12).Select(i =>
        {
            var n = 1e8 * i;
            var d = 1e20 / (6 * n);
            return new RunPoint(n, d, 1e20, law.Loss(n, d), i);
        }).ToList();
        var form = LawForms.Create("chinchilla") with { Starts = StartGrids.Product([[5.0], [5.0], [0.5], [0.3], [0.3]]) };
        var outcome = FitService.Run(new FitRequest(new RunTable("one-budget", runs), form, new FitOptions()));
        Assert.Contains(outcome.Warnings, w => w.Contains("one compute budget"));
    }

    [Fact]
    public void FitService_TooFewRuns_IsBadInput()
    {
        var runs = Runs(1e18, 2e18, 4e18);
        Assert.Throws<Core.Validation.InvalidInputException>(() =>
            FitService.Run(new FitRequest(new RunTable("tiny", runs), LawForms.Create("chinchilla"), new FitOptions())));
    }
}
