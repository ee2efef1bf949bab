namespace MoeLab.Sectional.Tests;

public partial class SectionalCostTermsTests
{
    [Theory]
    [InlineData(2048L, 4096L)]
    [InlineData(512L, 1024L)]
    [InlineData(7L, 96L)]
    public void PreExpertQkv_SequenceKept_EqualsPapersTraditionalQkv(long n, long d)
    {
        var spec = HandCount.Spec(d, n, "n", 0, 4, preHeads: 1);
        double paper = n * 3.0 * d * d; // A_trad = L·3·d0², written out here
        Assert.Equal(paper, PaperSectionalModel.TraditionalQkvMacs(n, d));
        Assert.Equal(paper, SectionalCostTerms.PreExpertQkv(spec).Macs.Evaluate(8));
    }

    [Theory]
    [InlineData(64L, 32L, 4.0, 2)]
    [InlineData(4096L, 2048L, 4.0, 2)]
    [InlineData(96L, 48L, 2.5, 3)]
    public void TransformerBlockExperts_OneSectionNoPreExpert_CostDenseBlockPlusOverheadConstant(long d, long n, double r, int m)
    {
        var spec = HandCount.Spec(d, n, "n", 0, r, m, SectionExpertKind.TransformerBlock, pre: false, preHeads: 4, sectionHeads: 4);
        var dense = DenseReferenceLayer.For(spec);
        var hardware = HandCount.Machine();
        var model = SectionalCostModel.WithPhysicalOverhead(spec, hardware);
        var point = model.Evaluate(1);
        Assert.Equal(dense.TotalMacs, point.TotalMacs, 6);
        Assert.Equal(dense.TotalMacs, point.CriticalPathMacs, 6);
        Assert.Equal(dense.TotalParams, point.Params, 6);
        Assert.True(dense.HasAttention);
        Assert.Equal((dense.TotalParams + dense.TotalActivationElements) * spec.BytesPerElement,
            point.TotalMemoryBytes, 6);

        // The overhead constant at E = 1: no messages and no link bytes, only the section's kernel launches.
        double launches = (m + 1 + 5) * hardware.KernelLaunchLatencySeconds;
        double denseSeconds = 2 * dense.TotalMacs / hardware.AcceleratorFlopsPerSecond;
        Assert.Equal(denseSeconds + launches, point.TotalWorkSeconds, 12);
        Assert.Equal(denseSeconds + launches, point.CriticalPathSeconds, 12);
    }

    [Fact]
    public void FfnExperts_OneSectionNoPreExpert_CostDenseFfnPlusUserOverheadConstant()
    {
        var spec = HandCount.Spec(512, 128, "n", 0, 4, 3, pre: false);
        var dense = DenseReferenceLayer.For(spec);
        var hardware = HandCount.Machine();
        var model = SectionalCostModel.WithOverhead(spec, hardware, OverheadModel.UserSet(1e-6, 2e-6, 3e-6));
        var point = model.Evaluate(1);
        Assert.False(dense.HasAttention); // no attention anywhere in the sectional layer: compare with a dense FFN
        Assert.Equal(dense.FfnMacs, dense.TotalMacs);
        Assert.Equal(dense.TotalMacs, point.TotalMacs, 6);
        Assert.Equal(dense.TotalParams, point.Params, 6);
        Assert.Equal((dense.TotalParams + dense.TotalActivationElements) * spec.BytesPerElement, point.TotalMemoryBytes, 6);
        Assert.Equal(2 * dense.TotalMacs / hardware.AcceleratorFlopsPerSecond + 6e-6, point.TotalWorkSeconds, 15);
    }

    [Fact]
    public void SectionScores_SummedOverSections_DoNotShrinkUnlessSequenceDoes()
    {
        var kept = HandCount.Spec(256, 64, "n", 0, 4, kind: SectionExpertKind.TransformerBlock, sectionHeads: 1);
        var scores = SectionalCostTerms.SectionScores(kept).Macs;
        Assert.Equal(scores.Evaluate(1), scores.Evaluate(16), 6);
        var shortened = kept with { ReducedLength = ReducedLength.DividedByExpertCount };
        var shrinking = SectionalCostTerms.SectionScores(shortened).Macs;
        Assert.Equal(shrinking.Evaluate(1) / 16, shrinking.Evaluate(4), 6);
    }

    [Fact]
    public void SectionParams_FallByOneOverE_BlockDiagonal()
    {
        var spec = HandCount.Spec(256, 64, "n", 0, 4, kind: SectionExpertKind.TransformerBlock, pre: false, sectionHeads: 1);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        Assert.Equal(model.Evaluate(1).Params / 8, model.Evaluate(8).Params, 6);
    }
}
