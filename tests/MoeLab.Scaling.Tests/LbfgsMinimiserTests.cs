using MoeLab.Scaling.Fitting;

namespace MoeLab.Scaling.Tests;

/// <summary>The lean L-BFGS against MathNet's (the reference) and against known minima.</summary>
public sealed class LbfgsMinimiserTests
{
    // Extended Rosenbrock in 4 dimensions: minimum 0 at (1, 1, 1, 1).
    private static readonly GradientFunction Rosenbrock4 = new(4,
        x => Enumerable.Range(0, 3).Sum(i => 100 * Math.Pow(x[i + 1] - x[i] * x[i], 2) + Math.Pow(1 - x[i], 2)),
        x =>
        {
            var g = new double[4];
            for (var i = 0; i < 3; i++)
            {
                g[i] += -400 * x[i] * (x[i + 1] - x[i] * x[i]) - 2 * (1 - x[i]);
                g[i + 1] += 200 * (x[i + 1] - x[i] * x[i]);
            }
            return g;
        });

    // Beale: minimum 0 at (3, 0.5).
    private static readonly GradientFunction Beale = new(2,
        x => Math.Pow(1.5 - x[0] + x[0] * x[1], 2) + Math.Pow(2.25 - x[0] + x[0] * x[1] * x[1], 2) + Math.Pow(2.625 - x[0] + x[0] * Math.Pow(x[1], 3), 2),
        x =>
        {
            double t1 = 1.5 - x[0] + x[0] * x[1], t2 = 2.25 - x[0] + x[0] * x[1] * x[1], t3 = 2.625 - x[0] + x[0] * Math.Pow(x[1], 3);
            return [2 * t1 * (x[1] - 1) + 2 * t2 * (x[1] * x[1] - 1) + 2 * t3 * (Math.Pow(x[1], 3) - 1),
                    2 * t1 * x[0] + 2 * t2 * 2 * x[0] * x[1] + 2 * t3 * 3 * x[0] * x[1] * x[1]];
        });

    // Memory 1 and 3 force the (s, y) ring to wrap many times; 10 is the default.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void Lbfgs_Rosenbrock4_SameIteratesAsMathNetAndReachesAllOnes(int memory)
    {
        foreach (double[] start in new double[][] { [-1.2, 1, -1.2, 1], [0, 0, 0, 0], [2, -1, 0.5, 3] })
        {
            var options = new FitOptions { GradientTolerance = 1e-10, LbfgsMemory = memory, MaxIterations = 5000 };
            var lean = LbfgsMinimiser.Instance.Minimise(Rosenbrock4, 0, start, options);
            var reference = MathNetLbfgsMinimiser.Instance.Minimise(Rosenbrock4, 0, start, options);
            Assert.True(lean.Converged, lean.ExitReason);
            Assert.Equal(reference.Iterations, lean.Iterations);
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(1.0, lean.Theta[j], 1e-5);
                Assert.Equal(reference.Theta[j], lean.Theta[j], 1e-12);
            }
        }
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 0.2)]
    [InlineData(4.0, 1.0)]
    public void Lbfgs_Beale_ReachesThreeHalf(double x0, double y0)
    {
        var outcome = LbfgsMinimiser.Instance.Minimise(Beale, 0, [x0, y0], new FitOptions { GradientTolerance = 1e-12 });
        Assert.True(outcome.Converged, outcome.ExitReason);
        Assert.Equal(3.0, outcome.Theta[0], 1e-5);
        Assert.Equal(0.5, outcome.Theta[1], 1e-5);
        Assert.True(outcome.Objective < 1e-12);
    }

    [Fact]
    public void Lbfgs_IterationLimitReached_ReportedAsFailureNotConvergence()
    {
        var outcome = LbfgsMinimiser.Instance.Minimise(Rosenbrock4, 3, [-1.2, 1, -1.2, 1], new FitOptions { MaxIterations = 4 });
        Assert.False(outcome.Converged);
        Assert.Equal("MaximumIterations", outcome.ExitReason);
        Assert.Equal(3, outcome.StartIndex);
        Assert.Equal([-1.2, 1, -1.2, 1], outcome.Theta);
    }

    /// <summary>
    /// Both minimisers from every 15th start of the 4,500-start grid (300 starts): each start lands on the same
    /// point with the same objective, and the best of them is Besiroglu et al.'s optimum.
    /// </summary>
    [Fact]
    public void Lbfgs_ChinchillaGridStarts_SameOptimaAsMathNet()
    {
        var objective = new HuberObjective(ChinchillaLseModel.Instance, FitPoint.From(ChinchillaData.Published240), 1e-3);
        var starts = StartGrids.Chinchilla4500().Where((_, i) => i % 15 == 0).ToList();
        var lean = MultiStartFitter.Fit(objective, starts, new FitOptions { Minimiser = LbfgsMinimiser.Instance });
        var reference = MultiStartFitter.Fit(objective, starts, new FitOptions { Minimiser = MathNetLbfgsMinimiser.Instance });
        for (var i = 0; i < starts.Count; i++)
        {
            var a = lean.Outcomes[i];
            var b = reference.Outcomes[i];
            Assert.Equal(b.Converged, a.Converged);
            Assert.True(Math.Abs(a.Objective - b.Objective) <= 1e-10 * Math.Abs(b.Objective), $"start {i}: {a.Objective:R} vs {b.Objective:R}");
            for (var j = 0; j < 5; j++) Assert.Equal(b.Theta[j], a.Theta[j], 1e-8);
        }
        foreach (var fit in new[] { lean, reference })
            Assert.InRange(fit.Objective, 0.0010182740 * (1 - 5e-5), 0.0010182740 * (1 + 5e-5));
        Assert.Equal(reference.StartsInBestBasin, lean.StartsInBestBasin);
    }
}
