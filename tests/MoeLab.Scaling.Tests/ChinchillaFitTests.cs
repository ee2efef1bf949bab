using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Tests;

/// <summary>Besiroglu et al.'s published procedure on the shared extracted Chinchilla data.</summary>
public sealed class ChinchillaFitTests
{
    private static readonly Lazy<MultiStartFit> PublishedFit = new(() =>
        MultiStartFitter.Fit(new HuberObjective(ChinchillaLseModel.Instance, FitPoint.From(ChinchillaData.Published240), delta: 1e-3),
            StartGrids.Chinchilla4500()));

    [Fact]
    public void ChinchillaData_DropFiveHighestLoss_Leaves240()
    {
        Assert.Equal(245, ChinchillaData.Raw.Runs.Count);
        Assert.Equal(240, ChinchillaData.Published240.Count);
        var dropped = ChinchillaData.Raw.Runs.OrderByDescending(r => r.Loss).Take(5).Min(r => r.Loss);
        Assert.All(ChinchillaData.Published240, r => Assert.True(r.Loss <= dropped));
    }

    [Fact]
    public void ChinchillaFit_PublishedProcedure_BestObjectiveMatchesTo4SignificantDigits()
    {
        var fit = PublishedFit.Value;
        Assert.Equal(4500, fit.Starts);
        Assert.Equal("0.001018", fit.Objective.ToString("F6", System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(fit.Objective, 0.0010182740 * (1 - 5e-5), 0.0010182740 * (1 + 5e-5));
        Assert.True(fit.Converged);
        Assert.True(fit.StartsInBestBasin > 1);
    }

    [Fact]
    public void ChinchillaFit_PublishedProcedure_ParametersWithin1PercentOfBesiroglu()
    {
        var law = ChinchillaLseModel.ToChinchilla(PublishedFit.Value.Theta);
        AssertWithin(477.84, law.A, 0.01);
        AssertWithin(2143.86, law.B, 0.01);
        AssertWithin(1.81724, law.E, 0.01);
        AssertWithin(0.347313, law.Alpha, 0.01);
        AssertWithin(0.367183, law.Beta, 0.01);
    }

    [Fact]
    public void ChinchillaBootstrap_Seeded200Resamples_IntervalsOverlapPublished()
    {
        var fit = PublishedFit.Value;
        var points = FitPoint.From(ChinchillaData.Published240);
        var result = Bootstrap.Run(ChinchillaLseModel.Instance, points, fit, new FitOptions(),
            new BootstrapOptions { Resamples = 200, Seed = 7, StartsPerResample = 2 });
        ConfidenceInterval Ci(string name) => result.Intervals.Single(i => i.Name == name);
        // Besiroglu et al.'s 95% intervals: E 1.769–1.871, α 0.317–0.373, β 0.331–0.415, a 0.513 ± 0.020.
        AssertOverlaps(Ci("E"), 1.769, 1.871);
        AssertOverlaps(Ci("alpha"), 0.317, 0.373);
        AssertOverlaps(Ci("beta"), 0.331, 0.415);
        AssertOverlaps(Ci(LawQuantities.ParamsExponent), 0.493, 0.533);
        Assert.All(result.Intervals, i => Assert.True(i.Lower <= i.Median && i.Median <= i.Upper));
        Assert.Equal(0, result.FailedResamples);
    }

    [Fact]
    public void ChinchillaBootstrap_SameSeed_BitIdentical()
    {
        var fit = PublishedFit.Value;
        var points = FitPoint.From(ChinchillaData.Published240);
        var options = new BootstrapOptions { Resamples = 12, Seed = 42, StartsPerResample = 1, ComputeFlops = 5.76e23 };
        var a = Bootstrap.Run(ChinchillaLseModel.Instance, points, fit, new FitOptions(), options);
        var b = Bootstrap.Run(ChinchillaLseModel.Instance, points, fit, new FitOptions { MaxDegreeOfParallelism = 1 }, options);
        Assert.Equal(a.Samples.Count, b.Samples.Count);
        for (var i = 0; i < a.Samples.Count; i++) Assert.Equal(a.Samples[i], b.Samples[i]);
        Assert.Contains(a.Names, n => n == LawQuantities.OptimalParams);
    }

    [Fact]
    public void HuberObjective_BatchPath_AgreesWithPointWisePath()
    {
        var points = FitPoint.From(ChinchillaData.Published240);
        var weights = Enumerable.Range(0, points.Length).Select(i => (double)(i % 3)).ToArray();
        foreach (var w in new[] { null, weights })
        {
            var batch = new HuberObjective(ChinchillaLseModel.Instance, points, 1e-3, weights: w);
            var pointWise = batch.PointWise();
            foreach (var theta in new double[][] { [6.2, 7.7, 0.6, 0.35, 0.37], [0, 25, -1, 2, 0], [10, 5, 1, 0.5, 1.5] })
            {
                var g1 = new double[5];
                var g2 = new double[5];
                var v1 = batch.Evaluate(theta, g1);
                var v2 = pointWise.Evaluate(theta, g2);
                Assert.Equal(v2, v1, 1e-12 * Math.Max(1, Math.Abs(v2)));
                for (var j = 0; j < 5; j++) Assert.Equal(g2[j], g1[j], 1e-10 * Math.Max(1, Math.Abs(g2[j])));
            }
        }
    }

    [Fact]
    public void HuberObjective_Gradient_MatchesCentralDifferences()
    {
        var points = FitPoint.From(ChinchillaData.Published240.Take(40));
        var objective = new HuberObjective(ChinchillaLseModel.Instance, points, 0.05).PointWise();
        double[] theta = [6.0, 7.5, 0.55, 0.33, 0.36];
        var gradient = new double[5];
        objective.Evaluate(theta, gradient);
        for (var j = 0; j < 5; j++)
        {
            const double h = 1e-6;
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[j] += h;
            minus[j] -= h;
            var numeric = (objective.Evaluate(plus, new double[5]) - objective.Evaluate(minus, new double[5])) / (2 * h);
            Assert.Equal(numeric, gradient[j], 1e-6 * Math.Max(1, Math.Abs(numeric)));
        }
    }

    private static void AssertWithin(double expected, double actual, double relative) =>
        Assert.InRange(actual, expected * (1 - relative), expected * (1 + relative));

    private static void AssertOverlaps(ConfidenceInterval ci, double lower, double upper) =>
        Assert.True(ci.Lower <= upper && ci.Upper >= lower, $"{ci.Name}: [{ci.Lower}, {ci.Upper}] does not overlap [{lower}, {upper}]");
}
