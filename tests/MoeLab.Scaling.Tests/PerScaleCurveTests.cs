using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Tests;

/// <summary>Seed 001's per-scale curve forms: minimisers and near-optimal bands checked by brute force.</summary>
public sealed class PerScaleCurveTests
{
    public static TheoryData<PerScaleCurve> Curves => new()
    {
        new PerScaleCurve(PerScaleCurveKind.FlopsRatio, 0.8, 0.02, 2.3),
        new PerScaleCurve(PerScaleCurveKind.SparsityRatio, 0.3, 1.5, 2.2, PerScaleCurve.SparsityWall(288, 8)),
        new PerScaleCurve(PerScaleCurveKind.Quadratic, 2e-7, -7.7e-4, 3.1),
    };

    [Theory]
    [MemberData(nameof(Curves))]
    public void PerScaleCurve_Minimum_MatchesDenseGridSearch(PerScaleCurve curve)
    {
        var (lo, hi) = BruteRange(curve);
        var grid = Enumerable.Range(1, 200_000).Select(i => lo + (hi - lo) * i / 200_001.0).ToList();
        var bestX = grid.MinBy(curve.Evaluate);
        var min = curve.Minimum();
        Assert.Equal(bestX, min.X, (hi - lo) * 2e-5);
        Assert.True(min.Loss <= curve.Evaluate(bestX) + 1e-15);
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void PerScaleCurve_Band_EdgesHitTheToleranceAndContainAllNearOptimalGridPoints(PerScaleCurve curve)
    {
        var band = curve.Band(0.001);
        var target = 1.001 * band.Minimum.Loss;
        Assert.Equal(target, curve.Evaluate(band.Lower), target * 1e-9);
        Assert.Equal(target, curve.Evaluate(band.Upper), target * 1e-9);
        var (lo, hi) = BruteRange(curve);
        var inside = Enumerable.Range(1, 100_000).Select(i => lo + (hi - lo) * i / 100_001.0).Where(x => curve.Evaluate(x) <= target).ToList();
        Assert.True(inside.Min() >= band.Lower - 1e-9 * Math.Abs(band.Lower) && inside.Max() <= band.Upper + 1e-9 * Math.Abs(band.Upper));
    }

    [Fact]
    public void PerScaleCurve_WiderEpsilon_WiderBand()
    {
        var curve = new PerScaleCurve(PerScaleCurveKind.FlopsRatio, 0.8, 0.02, 2.3);
        var narrow = curve.Band(0.001);
        var wide = curve.Band(0.01);
        Assert.True(wide.Lower < narrow.Lower && wide.Upper > narrow.Upper);
    }

    [Fact]
    public void PerScaleCurve_Fit_RecoversGeneratingCoefficients()
    {
        var truth = new PerScaleCurve(PerScaleCurveKind.SparsityRatio, 0.3, 1.5, 2.2, 289.0 / 9);
        double[] ys = [2, 4, 8, 12, 16, 22, 26, 30];
        var fitted = PerScaleCurve.Fit(PerScaleCurveKind.SparsityRatio, ys, ys.Select(truth.Evaluate).ToList(), 289.0 / 9);
        Assert.Equal(0.3, fitted.A, 1e-9);
        Assert.Equal(1.5, fitted.B, 1e-9);
        Assert.Equal(2.2, fitted.C, 1e-9);
    }

    [Fact]
    public void PerScaleCurve_NoInteriorMinimum_IsBadInput()
    {
        var curve = new PerScaleCurve(PerScaleCurveKind.FlopsRatio, 0.8, -0.02, 2.3);
        Assert.Throws<Core.Validation.InvalidInputException>(() => curve.Minimum());
        Assert.Throws<Core.Validation.InvalidInputException>(() =>
            PerScaleCurve.Fit(PerScaleCurveKind.FlopsRatio, [5, 7, 9], [1, 2, 3]));
    }

    private static (double Lo, double Hi) BruteRange(PerScaleCurve curve) => curve.Kind switch
    {
        PerScaleCurveKind.FlopsRatio => (6.0, 40.0),
        PerScaleCurveKind.SparsityRatio => (1.0, curve.Wall),
        _ => (0.0, 4000.0),
    };
}
