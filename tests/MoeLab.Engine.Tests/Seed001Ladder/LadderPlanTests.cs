using MoeLab.Core.Seed001;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;
using MoeLab.Engine.Training.Seed001Ladder;

namespace MoeLab.Engine.Tests.Seed001Ladder;

/// <summary>The designs' shapes follow seed 001's algebra and meet their targets up to rounding.</summary>
public sealed class LadderPlanTests
{
    private static readonly Lazy<LadderPlan> MicroPlan = new(() => LadderPlanner.Plan(LadderDesigns.Micro()));
    private static readonly Lazy<LadderPlan> SmallPlan = new(() => LadderPlanner.Plan(LadderDesigns.Small()));

    public static TheoryData<string> Designs => new() { "seed001-micro", "seed001-small" };

    private static LadderPlan Plan(string design) => design == "seed001-micro" ? MicroPlan.Value : SmallPlan.Value;

    [Theory]
    [MemberData(nameof(Designs))]
    public void Plan_EveryShape_MeetsItsTriadWithinOneStepOfEachRoundedWidth(string design)
    {
        var plan = Plan(design);
        var b = plan.Design.Backbone;
        foreach (var run in plan.Runs)
        {
            var (s, t, real) = (run.Shape, run.Target, run.Shape.Realized);
            // The engine builds exactly the shape that was counted.
            Assert.Equal(real, Seed001Triad.PaperConvention(run.Config.ToMoeSpec()));
            Assert.True(real.ActiveParams <= real.TotalParams, run.Id);
            // L is whole for the target triad itself: (M − 6·N_a)/(6·S·N_q·d_qkv) = L.
            Assert.Equal(s.Layers, (t.FlopsPerToken - 6.0 * t.ActiveParams) / plan.Design.AttentionFlopsPerLayer, 9);
            Assert.Equal(run.FlopsPerActiveParam, t.FlopsPerToken / t.ActiveParams, 12);
            // What one unit more of d, or of d_m, adds to N_a and N: the most rounding both may cost.
            double d = s.HiddenSize, moe = s.MoeLayers;
            var activePerWidth = b.AttentionParamsPerLayer(1) * s.Layers + 3.0 * b.DenseWidthMultiplier * (2 * d + 1) * s.DenseLayers
                                 + 3.0 * s.ExpertWidth * b.ActiveExpertsPerMoeLayer * moe;
            var activePerExpertWidth = 3.0 * (d + 1) * b.ActiveExpertsPerMoeLayer * moe;
            var totalPerWidth = activePerWidth + 3.0 * s.ExpertWidth * (b.RoutedExperts - b.TopK) * moe;
            var totalPerExpertWidth = 3.0 * (d + 1) * (b.RoutedExperts + b.SharedExperts) * moe;
            Assert.InRange(Math.Abs(real.ActiveParams - t.ActiveParams), 0, activePerWidth + activePerExpertWidth);
            Assert.InRange(Math.Abs(real.TotalParams - t.TotalParams), 0, totalPerWidth + totalPerExpertWidth);
            Assert.InRange(Math.Abs(real.FlopsPerToken - t.FlopsPerToken), 0, 6 * (activePerWidth + activePerExpertWidth));
        }
    }

    [Fact]
    public void Plan_Small_MeetsMWithinThePapersFivePercent()
    {
        foreach (var run in SmallPlan.Value.Runs)
            Assert.InRange(run.Shape.Realized.FlopsPerToken / run.Target.FlopsPerToken, 0.95, 1.05);
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void Plan_EachConfiguration_HasOneProxyRunNearestTheMedianAndASweepOfWholeDenseLayers(string design)
    {
        var plan = Plan(design);
        var b = plan.Design.Backbone;
        var configs = plan.Runs.GroupBy(r => r.ConfigId).ToList();
        Assert.Equal(plan.Scales.Count * plan.Design.Depths.Count * plan.Design.Expansions.Count, configs.Count);
        foreach (var sweep in configs)
        {
            var proxy = Assert.Single(sweep, r => r.Phase == 1);
            Assert.Equal(plan.Design.SweepWidths, sweep.Count());
            Assert.Equal(sweep.Count(), sweep.Select(r => r.Shape.DenseLayers).Distinct().Count());
            Assert.All(sweep, r => Assert.Equal(proxy.Target, r.Target));
            var interval = Seed001ShapeSolver.FeasibleHiddenSize(proxy.Target, b);
            var atMedian = Seed001ShapeSolver.SolveValues(proxy.Target, interval.Median, b).DenseLayers;
            Assert.InRange(Math.Abs(proxy.Shape.DenseLayers - atMedian), 0, 0.5 + 1e-9);
            Assert.All(sweep, r => Assert.InRange(r.Shape.DenseLayers, 0, r.Shape.Layers - 1));
        }
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void Plan_EveryRun_GetsItsScalesBudgetToWithinHalfAStep(string design)
    {
        var plan = Plan(design);
        Assert.Equal(plan.Runs.Count, plan.Runs.Select(r => r.Id).Distinct().Count());
        foreach (var run in plan.Runs)
            Assert.InRange(Math.Abs(run.PlannedComputeFlops - run.Scale.ComputeFlops), 0, 0.5 * run.EngineFlopsPerToken * run.Options.TokensPerStep);
        // Training order: scale by scale, each scale's Phase 1 before its Phase 2.
        Assert.Equal(plan.Runs.OrderBy(r => r.Scale.Index).ThenBy(r => r.Phase).Select(r => r.Id), plan.Runs.Select(r => r.Id));
    }

    [Fact]
    public void CountedFlops_PerTrainingToken_EqualsWhatATrainingStepCounts()
    {
        foreach (var run in MicroPlan.Value.Runs.Take(4))
        {
            var session = new TrainingSession(run.Config, run.Options, TinyModels.Text());
            Assert.Equal(run.EngineFlopsPerToken * run.Options.TokensPerStep, session.Step().Flops, 6);
        }
    }

    [Theory]
    [InlineData(4, 0, 4, new[] { 0, 1, 2, 3 })]
    [InlineData(8, 2, 4, new[] { 0, 2, 5, 7 })]
    [InlineData(8, 1, 4, new[] { 0, 1, 5, 7 })] // 1 ties between 0 and 2: the interior 2 makes way, both ends stay
    [InlineData(6, 1, 4, new[] { 0, 1, 3, 5 })]
    [InlineData(8, 7, 4, new[] { 0, 2, 5, 7 })]
    public void SweepDenseLayers_SpreadsOverTheIntervalAndKeepsTheProxy(int layers, int proxy, int count, int[] expected) =>
        Assert.Equal(expected, LadderPlanner.SweepDenseLayers(layers, proxy, count));
}
