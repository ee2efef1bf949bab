using MoeLab.Scaling.Fitting;

namespace MoeLab.Scaling.Tests;

/// <summary>The multi-start L-BFGS on functions whose minima are known in closed form.</summary>
public sealed class OptimiserTests
{
    private static readonly GradientFunction Rosenbrock = new(2,
        x => Math.Pow(1 - x[0], 2) + 100 * Math.Pow(x[1] - x[0] * x[0], 2),
        x => [-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]), 200 * (x[1] - x[0] * x[0])]);

    // Himmelblau: four minima of value 0, at (3, 2), (−2.805118, 3.131312), (−3.779310, −3.283186), (3.584428, −1.848126).
    private static readonly GradientFunction Himmelblau = new(2,
        x => Math.Pow(x[0] * x[0] + x[1] - 11, 2) + Math.Pow(x[0] + x[1] * x[1] - 7, 2),
        x => [4 * x[0] * (x[0] * x[0] + x[1] - 11) + 2 * (x[0] + x[1] * x[1] - 7),
              2 * (x[0] * x[0] + x[1] - 11) + 4 * x[1] * (x[0] + x[1] * x[1] - 7)]);

    public static TheoryData<string, double, double> RosenbrockStarts()
    {
        var data = new TheoryData<string, double, double>();
        foreach (var minimiser in new[] { "lbfgs", "mathnet-lbfgs" })
            foreach (var (x0, y0) in new[] { (-1.2, 1.0), (2.0, 2.0), (-3.0, -4.0), (0.0, 0.0) })
                data.Add(minimiser, x0, y0);
        return data;
    }

    internal static IGradientMinimiser Minimiser(string name) =>
        name == LbfgsMinimiser.Instance.Name ? LbfgsMinimiser.Instance : MathNetLbfgsMinimiser.Instance;

    [Theory]
    [MemberData(nameof(RosenbrockStarts))]
    public void Lbfgs_Rosenbrock_FromSeveralStarts_ReachesOneOne(string minimiser, double x0, double y0)
    {
        var outcome = MultiStartFitter.RunStart(Rosenbrock, 0, [x0, y0], new FitOptions { GradientTolerance = 1e-10, Minimiser = Minimiser(minimiser) });
        Assert.True(outcome.Converged, outcome.ExitReason);
        Assert.Equal(1.0, outcome.Theta[0], 1e-5);
        Assert.Equal(1.0, outcome.Theta[1], 1e-5);
    }

    [Theory]
    [InlineData("lbfgs")]
    [InlineData("mathnet-lbfgs")]
    public void MultiStart_Himmelblau_FindsAMinimumAndCountsItsBasin(string minimiser)
    {
        var starts = StartGrids.Product([[-4.0, -2, 0.5, 2, 4], [-4.0, -2, 0.5, 2, 4]]);
        var fit = MultiStartFitter.Fit(Himmelblau, "himmelblau", ["x", "y"], starts, new FitOptions { Minimiser = Minimiser(minimiser) });
        Assert.Equal(25, fit.Starts);
        Assert.True(fit.Objective < 1e-12);
        double[][] minima = [[3, 2], [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]];
        Assert.Contains(minima, m => Math.Abs(m[0] - fit.Theta[0]) < 1e-4 && Math.Abs(m[1] - fit.Theta[1]) < 1e-4);
        // Several starts reach each minimum, but four distinct minima share the value 0: the best basin holds
        // only the starts at the same point, so it has fewer than all 25.
        Assert.InRange(fit.StartsInBestBasin, 2, 24);
        var distinctMinima = fit.Outcomes.Where(o => o.Objective < 1e-10)
            .Select(o => minima.Single(m => Math.Abs(m[0] - o.Theta[0]) < 1e-3 && Math.Abs(m[1] - o.Theta[1]) < 1e-3)).Distinct().Count();
        Assert.Equal(4, distinctMinima);
    }

    [Theory]
    [InlineData("lbfgs")]
    [InlineData("mathnet-lbfgs")]
    public void MultiStart_Quadratic_AllStartsReachTheBasin(string minimiser)
    {
        double[] centre = [1.5, -2, 0.25];
        var quadratic = new GradientFunction(3,
            x => Enumerable.Range(0, 3).Sum(i => (i + 1) * Math.Pow(x[i] - centre[i], 2)),
            x => Enumerable.Range(0, 3).Select(i => 2 * (i + 1) * (x[i] - centre[i])).ToArray());
        var starts = StartGrids.Product([[-5.0, 5], [-5.0, 5], [-5.0, 5]]);
        var fit = MultiStartFitter.Fit(quadratic, "q", ["x", "y", "z"], starts, new FitOptions { Minimiser = Minimiser(minimiser) });
        Assert.Equal(8, fit.StartsInBestBasin);
        for (var i = 0; i < 3; i++) Assert.Equal(centre[i], fit.Theta[i], 1e-6);
    }

    [Theory]
    [InlineData("lbfgs")]
    [InlineData("mathnet-lbfgs")]
    public void MultiStart_NonFiniteStart_RecordedAsFailureNotThrown(string minimiser)
    {
        var logBarrier = new GradientFunction(1, x => x[0] <= 0 ? double.NaN : x[0] - Math.Log(x[0]), x => [1 - 1 / x[0]]);
        var fit = MultiStartFitter.Fit(logBarrier, "barrier", ["x"], [[-1.0], [0.5], [1.5]], new FitOptions { Minimiser = Minimiser(minimiser) });
        Assert.True(fit.FailedStarts >= 1, string.Join("; ", fit.Outcomes.Select(o => o.ExitReason)));
        Assert.Equal(1.0, fit.Theta[0], 1e-5);
        Assert.False(fit.Outcomes[0].Converged);
    }
}
