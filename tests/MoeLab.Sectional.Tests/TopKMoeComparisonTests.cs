namespace MoeLab.Sectional.Tests;

public class TopKMoeComparisonTests
{
    [Fact]
    public void EqualParams_And_EqualMacs_MeetTheirTargets_AndMatchHandFormulas()
    {
        var spec = HandCount.Spec(512, 128, "n", 0, 4, preHeads: 8);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        var point = model.Evaluate(8);

        var byParams = TopKMoeComparison.EqualParams(spec, 8, 2, point.Params);
        Assert.Equal(point.Params, byParams.TotalParams, 6);
        // 4d² + d·N_e + N_e·2·d·h = P  ⇒  h = (P − 4d² − 8d)/(16d)
        Assert.Equal((point.Params - 4.0 * 512 * 512 - 8 * 512) / (16 * 512), byParams.ExpertHiddenWidth, 9);

        var byMacs = TopKMoeComparison.EqualMacs(spec, 8, 2, point.TotalMacs);
        Assert.Equal(point.TotalMacs, byMacs.TotalMacs, 3);
        double attention = 4.0 * 128 * 512 * 512 + 2.0 * 128 * 128 * 512;
        Assert.Equal((point.TotalMacs - attention - 128.0 * 512 * 8) / (128.0 * 2 * 2 * 512), byMacs.ExpertHiddenWidth, 9);
        Assert.True(byMacs.CriticalPathMacs < byMacs.TotalMacs);
    }

    [Fact]
    public void NoAttentionAnywhere_TopKHasNoAttentionEither()
    {
        var spec = HandCount.Spec(512, 128, "n", 0, 4, pre: false);
        var model = SectionalCostModel.WithPhysicalOverhead(spec, HandCount.Machine());
        var point = model.Evaluate(4);
        var byParams = TopKMoeComparison.EqualParams(spec, 4, 1, point.Params);
        // d·N_e + N_e·2·d·h = P  ⇒  h = (P − 4d)/(8d); P = 2·4·d²/4 = 2d² here.
        Assert.Equal(2.0 * 512 * 512, point.Params, 6);
        Assert.Equal((2.0 * 512 * 512 - 4 * 512) / (8 * 512), byParams.ExpertHiddenWidth, 9);
        Assert.Equal(128.0 * 512 * 4 + 128.0 * 1 * 2 * 512 * byParams.ExpertHiddenWidth, byParams.TotalMacs, 3);
    }
}
