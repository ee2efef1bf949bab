namespace MoeLab.Sectional.Tests;

public partial class ExpertCountOptimizerTests
{
    private static double Significant4(double x) => double.Parse(x.ToString("G4", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    // Widths ≥ 4096 on the test machine: below about d = 2500 the link bytes saved per 1/E outweigh the FFN
    // MACs saved (m·r·d·bandwidth / (bytes·peak) < 1), time rises from E = 1 and the optimum sits at the bound.
    public static TheoryData<long, long, string, long, int> ClosedFormCases => new()
    {
        { 4096, 2048, "n", 0, 256 },
        { 8192, 4096, "n", 0, 1024 },
        { 16384, 512, "fixed", 128, 64 },
        { 6144, 8192, "n", 0, 512 },
    };

    [Theory]
    [MemberData(nameof(ClosedFormCases))]
    public void TotalWork_PhysicalOverhead_ClosedFormEqualsNumericTo4Digits(long d, long n, string rule, long fixedN, int max)
    {
        var spec = HandCount.Spec(d, n, rule, fixedN, 4, preHeads: 32);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(max));
        Assert.NotNull(optimum.ClosedForm);
        Assert.False(optimum.ClosedForm!.AtBound); // an interior optimum, so the comparison is meaningful
        Assert.Equal(Significant4(optimum.ClosedForm.ExpertCount), Significant4(optimum.Numeric.ExpertCount));
    }

    [Theory]
    [InlineData(4096L, 2048L, 1e-7)]
    [InlineData(1024L, 300L, 3e-9)]
    [InlineData(16384L, 8192L, 5e-7)]
    public void TotalWork_QuadraticOverheadOnly_MatchesCubeRootDerivedByHand(long d, long n, double gamma2)
    {
        // time = a/E + const + γ2·E² with a = 2·m·r·n·d² / peak: E* = (a / (2γ2))^(1/3).
        var spec = HandCount.Spec(d, n, "n", 0, 4, preHeads: 1);
        var hardware = HandCount.Machine();
        var model = SectionalCostModel.WithOverhead(spec, hardware, OverheadModel.UserSet(gamma2, 0, 0));
        double a = 2 * 2 * 4.0 * n * d * (double)d / hardware.AcceleratorFlopsPerSecond;
        double expected = Math.Cbrt(a / (2 * gamma2));
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(100_000));
        Assert.Equal(Significant4(expected), Significant4(optimum.ClosedForm!.ExpertCount));
        Assert.Equal(Significant4(expected), Significant4(optimum.Numeric.ExpertCount));
    }

    [Theory]
    [InlineData(4096L, 2048L)]
    [InlineData(8192L, 512L)]
    public void CriticalPath_PhysicalOverhead_IsCubic_ClosedFormEqualsNumericTo4Digits(long d, long n)
    {
        // time = a/E² − b/E + c + γ1·E (no E² term on one device): E³·time' = γ1·E³ + b·E − 2a, a cubic.
        var spec = HandCount.Spec(d, n, "n", 0, 4, preHeads: 32);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.CriticalPath, new ExpertCountSearch(4096));
        Assert.NotNull(optimum.ClosedForm);
        Assert.False(optimum.ClosedForm!.AtBound);
        Assert.Equal(Significant4(optimum.ClosedForm.ExpertCount), Significant4(optimum.Numeric.ExpertCount));
    }

    [Fact]
    public void CriticalPath_UserQuadraticOverhead_IsQuartic_NumericIsAStationaryPoint()
    {
        var spec = HandCount.Spec(4096, 2048, "n", 0, 4, preHeads: 32);
        var model = SectionalCostModel.WithOverhead(spec, HandCount.Machine(), OverheadModel.UserSet(1e-7, 1e-6, 0));
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.CriticalPath, new ExpertCountSearch(4096));
        Assert.Null(optimum.ClosedForm);
        Assert.Contains("degree 4", optimum.ClosedFormExplanation);
        Assert.False(optimum.Numeric.AtBound);
        double e = optimum.Numeric.ExpertCount, t = optimum.Numeric.Seconds;
        Assert.True(model.CriticalPathSeconds.Evaluate(e * 0.999) > t);
        Assert.True(model.CriticalPathSeconds.Evaluate(e * 1.001) > t);
    }

    [Fact]
    public void ReducedLengthNOverE_TotalWork_IsQuarticSoNumeric()
    {
        var spec = HandCount.Spec(4096, 2048, "n/E", 0, 4, preHeads: 32);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(2048));
        Assert.Null(optimum.ClosedForm);
        Assert.Equal(2, -model.TotalWorkSeconds.MinPower);
    }

    [Fact]
    public void NoOverhead_TotalWork_OptimumIsTheUpperBound()
    {
        var spec = HandCount.Spec(1024, 256, "n", 0, 4);
        var model = SectionalCostModel.WithOverhead(spec, HandCount.Machine(), OverheadModel.UserSet(0, 0, 0));
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(64));
        Assert.True(optimum.ClosedForm!.AtBound);
        Assert.Equal(64, optimum.ClosedForm.ExpertCount);
        Assert.Equal(64, optimum.IntegerOptimum!.ExpertCount);
    }

    [Fact]
    public void TotalWork_LinkBytesOutweighFfnSavings_OptimumIsOneSection()
    {
        // d = 2048, n = 8192: FFN MACs saved per 1/E (5.5e-4 s) < link time per 1/E (6.7e-4 s): time rises with E.
        var spec = HandCount.Spec(2048, 8192, "n", 0, 4, preHeads: 32);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        Assert.True(model.TotalWorkSeconds.Coefficient(-1) < 0);
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(512));
        Assert.Equal(1, optimum.ClosedForm!.ExpertCount);
        Assert.Equal(1, optimum.Numeric.ExpertCount);
        Assert.Equal(1, optimum.IntegerOptimum!.ExpertCount);
    }

    [Theory]
    [InlineData(4096L, 2048L, 1e-5)]
    [InlineData(1024L, 512L, 1e-8)]
    public void TotalWork_LinearOverheadOnly_IsQuadratic_MatchesSquareRootDerivedByHand(long d, long n, double gamma1)
    {
        // time = a/E + const + γ1·E: E²·time' = γ1·E² − a, so E* = √(a/γ1).
        var spec = HandCount.Spec(d, n, "n", 0, 4, preHeads: 1);
        var hardware = HandCount.Machine();
        var model = SectionalCostModel.WithOverhead(spec, hardware, OverheadModel.UserSet(0, gamma1, 0));
        double a = 2 * 2 * 4.0 * n * d * (double)d / hardware.AcceleratorFlopsPerSecond;
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(100_000));
        Assert.Contains("quadratic formula", optimum.ClosedFormExplanation);
        Assert.Equal(Significant4(Math.Sqrt(a / gamma1)), Significant4(optimum.ClosedForm!.ExpertCount));
        Assert.Equal(Significant4(Math.Sqrt(a / gamma1)), Significant4(optimum.Numeric.ExpertCount));
    }
}
