using MoeLab.Core.Validation;

namespace MoeLab.Sectional.Tests;

public class SectionalCostModelTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(4L)]
    [InlineData(16L)]
    public void DeviceMemory_IsSharedPartsPlusOneSection_HandExpanded(long e)
    {
        // Pre-expert attention (shared) + FFN sections, n' = n, plain FFN, 4 heads, 2 bytes per element.
        long d = 256, n = 64, h = 4;
        double r = 4, m = 2;
        var spec = HandCount.Spec(d, n, "n", 0, r, (int)m, preHeads: (int)h);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        double sharedParams = 4.0 * d * d;
        double sharedActivations = 3.0 * n * d + h * n * n + n * d + n * d; // QKV, scores, attention out, projection
        double w = (double)d / e;
        double oneSectionParams = m * w * (r * w);
        double oneSectionActivations = n * (r * w) + n * w;                // hidden + down output
        double expected = (sharedParams + sharedActivations + oneSectionParams + oneSectionActivations) * 2;
        Assert.Equal(expected, model.Evaluate(e).DeviceMemoryBytes, 6);
        double all = (sharedParams + sharedActivations + e * (oneSectionParams + oneSectionActivations)) * 2;
        Assert.Equal(all, model.Evaluate(e).TotalMemoryBytes, 6);
    }

    [Fact]
    public void Analysis_FixedExpertCountNotDividingD_NamesExperts()
    {
        var spec = HandCount.Spec(4096, 2048, "n", 0, 4, preHeads: 32);
        var e = Assert.Throws<InvalidInputException>(() =>
            SectionalAnalysis.Run(spec, HandCount.Machine(), null, new ExpertCountSearch(64), Costing.TotalWork, 2, fixedExpertCount: 3));
        Assert.Equal("experts", e.Field);
    }

    [Fact]
    public void Analysis_SectioningDoesNotPay_WarnsAndComparesAtOneSection()
    {
        // d = 2048, n = 8192 on the test machine: link time per 1/E exceeds the FFN time saved (see the optimiser tests).
        var spec = HandCount.Spec(2048, 8192, "n", 0, 4, preHeads: 32);
        var analysis = SectionalAnalysis.Run(spec, HandCount.Machine(), null, new ExpertCountSearch(64), Costing.TotalWork, 2);
        Assert.Equal(1, analysis.ComparedExpertCount);
        Assert.Contains(analysis.Warnings, w => w.Contains("E = 1 is cheapest"));
        Assert.Equal(analysis.Dense.TotalMacs, analysis.Compared.TotalMacs, 3); // one section + pre-expert = dense block
    }
}
