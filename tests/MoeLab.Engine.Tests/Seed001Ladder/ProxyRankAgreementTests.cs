using MathNet.Numerics.Statistics;
using MoeLab.Engine.Training.Seed001Ladder;

namespace MoeLab.Engine.Tests.Seed001Ladder;

/// <summary>The rank-preserving measurement on cases whose answer is known by hand.</summary>
public sealed class ProxyRankAgreementTests
{
    private static readonly LadderPlan Plan = LadderPlanner.Plan(LadderDesigns.Micro());

    private static int ConfigsPerScale => Plan.Design.Depths.Count * Plan.Design.Expansions.Count;

    [Fact]
    public void Spearman_WithTies_MatchesHandComputedAverageRanks()
    {
        // x ranks 1, 2.5, 2.5, 4, 5 and y ranks 2, 1, 3.5, 3.5, 5 (ties share the average rank); Pearson of the ranks
        // is Σ dx·dy / √(Σdx²·Σdy²) = 7.25 / 9.5.
        double[] x = [1, 2, 2, 3, 4], y = [2, 1, 3, 3, 5];
        Assert.Equal(7.25 / 9.5, Correlation.Spearman(x, y), 12);
    }

    [Fact]
    public void Measure_BestIsProxyMinusAConstant_AgreesPerfectly()
    {
        var rows = Rows((config, phase) => config + (phase == 1 ? 0.1 : 0.0));
        foreach (var scale in ProxyRankAgreement.Measure(Plan, rows))
        {
            Assert.Equal(ConfigsPerScale, scale.Count);
            Assert.Equal(1.0, scale.Spearman, 12);
            Assert.Equal(1.0, scale.KendallTauB, 12);
            Assert.Equal(1.0, scale.Pearson, 12);
            Assert.True(scale.TopChoiceAgrees);
            Assert.All(scale.Configs, c => Assert.Equal(c.ProxyLoss - 0.1, c.BestLoss, 12));
        }
    }

    [Fact]
    public void Measure_SweepReversesTheProxyOrder_IsMinusOne()
    {
        // Proxy losses rise with the configuration's index k; the best of each sweep falls with it.
        var rows = Rows((k, phase) => phase == 1 ? 3 + k : 3 - k);
        var scale = ProxyRankAgreement.Measure(Plan, rows)[0];
        Assert.Equal(-1.0, scale.Spearman, 12);
        Assert.Equal(-1.0, scale.KendallTauB, 12);
        Assert.False(scale.TopChoiceAgrees);
    }

    [Fact]
    public void Measure_IncompleteSweep_IsLeftOut()
    {
        var rows = Rows((k, phase) => k).ToList();
        var dropped = Plan.Runs.First(r => r.Phase == 2);
        rows.RemoveAll(r => r.Run == dropped.Id);
        var scale = ProxyRankAgreement.Measure(Plan, rows).Single(s => s.Scale == dropped.Scale.Index);
        Assert.Equal(ConfigsPerScale - 1, scale.Count);
        Assert.DoesNotContain(scale.Configs, c => c.Config == dropped.ConfigId);
    }

    /// <summary>A finished row for every planned run with the loss <paramref name="loss"/>(configuration index within its scale, phase).</summary>
    private static IReadOnlyList<LadderRow> Rows(Func<int, int, double> loss)
    {
        var index = Plan.Runs.Select(r => (r.Scale.Index, r.ConfigId)).Distinct()
            .GroupBy(c => c.Index).SelectMany(g => g.Select((c, i) => (c.ConfigId, i))).ToDictionary(c => c.ConfigId, c => c.i);
        return Plan.Runs.Select(r => new LadderRow(r.Scale.ComputeFlops, r.FlopsPerActiveParam, r.TotalPerActiveParam, r.Shape.HiddenSize,
            loss(index[r.ConfigId], r.Phase), r.Phase, r.Id, r.ConfigId, r.Scale.Index, r.Shape.Layers, r.Shape.DenseLayers, r.Shape.ExpertWidth,
            r.Shape.Realized.ActiveParams, r.Shape.Realized.TotalParams, r.Shape.Realized.FlopsPerToken, r.EngineFlopsPerToken,
            0, r.Scale.ComputeFlops, 0, r.Options.Steps, r.Options.PeakLearningRate, 0)).ToList();
    }
}
