namespace MoeLab.Sectional.Tests;

public partial class ExpertCountOptimizerTests
{
    [Fact]
    public void IntegerOptimum_EqualsBruteForceOverDivisorsOfD()
    {
        var spec = HandCount.Spec(4095, 1000, "n", 0, 4, preHeads: 1); // 4095 = 3²·5·7·13: many odd divisors
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(4095));
        var divisors = Enumerable.Range(1, 4095).Where(e => 4095 % e == 0).ToList();
        Assert.Equal(divisors, optimum.Ladder.Select(p => (int)p.Point.ExpertCount));
        int best = divisors.MinBy(e => model.TotalWorkSeconds.Evaluate(e));
        Assert.Equal(best, optimum.IntegerOptimum!.ExpertCount);
    }

    [Fact]
    public void Ladder_HonoursSectionHeadsAndSequenceDivisibility()
    {
        // d = 96, 4 heads per section: w = 96/E must be a multiple of 4; n' = n/E needs E | 36.
        var spec = HandCount.Spec(96, 36, "n/E", 0, 4, kind: SectionExpertKind.TransformerBlock, preHeads: 4, sectionHeads: 4);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(96));
        var expected = Enumerable.Range(1, 96).Where(e => 96 % e == 0 && (96 / e) % 4 == 0 && 36 % e == 0).ToList();
        Assert.Equal(expected, optimum.Ladder.Select(p => (int)p.Point.ExpertCount));
        Assert.Equal([1, 2, 3, 4, 6, 12], expected);
    }

    [Fact]
    public void MemoryLimit_ExcludesTheExpertCountsThatDoNotFit()
    {
        var spec = HandCount.Spec(4096, 2048, "n", 0, 4, preHeads: 32);
        var model = SectionalCostModel.WithOverhead(spec, HandCount.Machine(), OverheadModel.UserSet(1e-9, 0, 0));
        double limit = model.MemoryBytes(Costing.CriticalPath, 16);
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.CriticalPath, new ExpertCountSearch(64, MemoryLimitBytes: limit));
        foreach (var p in optimum.Ladder)
            Assert.Equal(p.Point.DeviceMemoryBytes <= limit, p.FitsMemory);
        Assert.All(optimum.Ladder.Where(p => p.Point.ExpertCount < 16), p => Assert.False(p.FitsMemory));
        Assert.True(optimum.IntegerOptimum!.ExpertCount >= 16);
    }

    [Fact]
    public void MemoryLimit_TooSmallForAny_GivesNoIntegerOptimum()
    {
        var spec = HandCount.Spec(1024, 256, "n", 0, 4);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(64, MemoryLimitBytes: 1000));
        Assert.Null(optimum.IntegerOptimum);
    }

    [Fact]
    public void DiminishingReturns_IsFirstStepSavingLessThanTheFraction()
    {
        // time = a/E + γ2·E² on divisors of 1024 (powers of two): savings a/(2E) − 3γ2E² per doubling.
        var spec = HandCount.Spec(1024, 512, "n", 0, 4, pre: false);
        var hardware = HandCount.Machine();
        double a = 2 * 2 * 4.0 * 512 * 1024 * 1024 / hardware.AcceleratorFlopsPerSecond;
        double gamma2 = a / 1e6;
        var model = SectionalCostModel.WithOverhead(spec, hardware, OverheadModel.UserSet(gamma2, 0, 0));
        var optimum = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, new ExpertCountSearch(1024, 0.05));
        double Time(double e) => a / e + gamma2 * e * e;
        long expected = 0;
        for (long e = 1; e < 1024; e *= 2)
            if (Time(e) - Time(2 * e) < 0.05 * Time(e)) { expected = e; break; }
        Assert.True(optimum.DiminishingReturnsReached);
        Assert.Equal(expected, optimum.DiminishingReturns!.ExpertCount);
        Assert.True(optimum.DiminishingReturns.ExpertCount <= optimum.IntegerOptimum!.ExpertCount);
    }
}
