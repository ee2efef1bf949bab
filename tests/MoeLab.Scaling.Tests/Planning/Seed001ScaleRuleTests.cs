using MoeLab.Scaling.Planning.Defaults;

namespace MoeLab.Scaling.Tests.Planning;

public sealed class Seed001ScaleRuleTests
{
    // Seed 001 Table 4 (DESIGN.md): N_q / N_kv / d_qkv, learning rate, batch, and the chosen N/N_a per budget.
    [Theory]
    [InlineData(1e18, 4, 2, 64, 1.20e-3, 64, 19)]
    [InlineData(3e18, 8, 4, 64, 1.00e-3, 80, 20)]
    [InlineData(1e19, 8, 4, 64, 8.28e-4, 128, 21)]
    [InlineData(3e19, 8, 4, 128, 6.95e-4, 160, 21)]
    [InlineData(1e20, 8, 4, 128, 5.74e-4, 208, 22)]
    [InlineData(3e20, 16, 8, 128, 4.82e-4, 288, 22)]
    public void For_Table4Budget_GivesThePapersHeadsAndNOverNa_AndFitsLrAndBatchWithin15Percent(
        double compute, int q, int kv, int hd, double lr, int batch, double nOverNa)
    {
        var d = Seed001ScaleRule.For(compute);

        Assert.Equal((q, kv, hd), (d.Backbone.QueryHeads, d.Backbone.KvHeads, d.Backbone.HeadDim));
        Assert.Equal(nOverNa, d.TotalPerActive, 1e-9);
        // A two-parameter power law through six points cannot pass through all of them; 15% bounds its scatter.
        Assert.InRange(d.LearningRate / lr, 0.85, 1.15);
        Assert.InRange(d.BatchSize / (double)batch, 0.85, 1.15);
    }

    [Fact]
    public void PowerLaws_FallForLrAndRiseForBatch_AsTable4Does()
    {
        Assert.True(Seed001ScaleRule.LearningRate.Exponent < 0);
        Assert.True(Seed001ScaleRule.BatchSize.Exponent > 0);
    }

    [Fact]
    public void For_BeyondTable_AttentionGrowsMonotonically()
    {
        var heads = new[] { 3e20, 1e21, 1e22, 1e23, 1e24, 1e26 }.Select(c => Seed001ScaleRule.For(c).Backbone.QueryHeads).ToList();

        Assert.Equal(16, heads[0]);
        for (var i = 1; i < heads.Count; i++) Assert.True(heads[i] > heads[i - 1], $"heads {string.Join(",", heads)}");
    }

    [Fact]
    public void TotalPerActive_BetweenBudgets_InterpolatesInLogC()
    {
        // Halfway in log C between 1e18 (19) and 3e18 (20).
        Assert.Equal(19.5, Seed001ScaleRule.TotalPerActive(Math.Sqrt(3) * 1e18), 1e-9);
        Assert.Equal(19, Seed001ScaleRule.TotalPerActive(1e17));
        Assert.Equal(22, Seed001ScaleRule.TotalPerActive(1e25));
    }
}
