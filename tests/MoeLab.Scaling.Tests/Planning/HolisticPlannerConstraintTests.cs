using System.Globalization;
using System.Text.RegularExpressions;
using MoeLab.Core.Validation;
using MoeLab.Scaling.Planning;

namespace MoeLab.Scaling.Tests.Planning;

public sealed class HolisticPlannerConstraintTests
{
    private static readonly CandidateSpace TestSpace = new(AttentionShareMin: 0.25, AttentionShareMax: 16, AttentionShareSteps: 32, ExpansionStep: 1.0);

    private static HolisticPlanner Planner() => new(PlanningFixtures.PaperRealizer, new SurfaceOracle(PlanningFixtures.KnownSurface), new PaperSplit());

    private static double TotalWithEmbeddings(RealizedShape s) => s.Triad.TotalParams + 2.0 * 152_064 * s.HiddenSize;

    [Fact]
    public void Plan_MaxTotalParamsBelowUnconstrainedChoice_ChoiceRespectsLimit()
    {
        var free = Planner().Plan(3e20, new PlanOptions(Space: TestSpace));
        var limit = 0.6 * TotalWithEmbeddings(free.Chosen.Shape);

        var capped = Planner().Plan(3e20, new PlanOptions(Space: TestSpace, Constraints: new PlanConstraints(MaxTotalParams: limit)));

        Assert.True(TotalWithEmbeddings(capped.Chosen.Shape) <= limit);
        Assert.All(capped.Band.BestMembers, m => Assert.True(TotalWithEmbeddings(m.Shape) <= limit));
        Assert.True(capped.Chosen.Loss > free.Chosen.Loss);
    }

    [Fact]
    public void Plan_ImpossibleMaxTotalParams_NamesBindingConstraintAndNearestFeasibleBudget()
    {
        var options = new PlanOptions(Space: TestSpace, Constraints: new PlanConstraints(MaxTotalParams: 5e8));

        var error = Assert.Throws<InvalidInputException>(() => Planner().Plan(3e20, options));

        Assert.Equal("max-total-params", error.Field);
        Assert.Contains("--max-total-params", error.Message);
        Assert.Contains("smallest buildable plan has", error.Message);
        var match = Regex.Match(error.Message, @"nearest feasible budget is --compute (\S+)");
        Assert.True(match.Success, error.Message);
        var nearest = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(nearest, 3e14, 3e20);
        Assert.True(nearest < 3e20);
        var atNearest = Planner().Plan(nearest, options);
        Assert.True(TotalWithEmbeddings(atNearest.Chosen.Shape) <= 5e8);
    }

    [Fact]
    public void Plan_MemoryBudget80GbBf16With32kKvForBatch8_ChoiceFitsWhenCountedByHand()
    {
        var memory = new MemoryBudget(80e9, BytesPerParam: 2, ContextTokens: 32_768, Batch: 8, KvBytesPerElement: 2);
        var options = new PlanOptions(Space: TestSpace, Constraints: new PlanConstraints(Memory: memory));

        var plan = Planner().Plan(1e22, options);

        var s = plan.Chosen.Shape;
        // Weights: every parameter (embeddings and LM head included) at 2 bytes; KV: K and V, N_kv = 8 heads of 128, per layer per token.
        var bytes = 2 * TotalWithEmbeddings(s) + 2.0 * 8 * 128 * s.Layers * 32_768 * 8 * 2;
        Assert.True(bytes <= 80e9, $"{bytes:0.###e+0} bytes");
        var free = Planner().Plan(1e22, new PlanOptions(Space: TestSpace));
        Assert.True(2 * TotalWithEmbeddings(free.Chosen.Shape) > 80e9, "the unconstrained plan should not fit, else the test proves nothing");
    }

    [Fact]
    public void Plan_MaxActiveParams_ChoiceRespectsLimit()
    {
        var options = new PlanOptions(Space: TestSpace, Constraints: new PlanConstraints(MaxActiveParams: 1.2e9));

        var plan = Planner().Plan(1e21, options);

        Assert.True(plan.Chosen.Shape.Triad.ActiveParams + 2.0 * 152_064 * plan.Chosen.Shape.HiddenSize <= 1.2e9);
    }

    [Fact]
    public void Plan_MaxInferenceFlops_ChoiceRunsForwardWithinLimit()
    {
        var free = Planner().Plan(1e21, new PlanOptions(Space: TestSpace));
        var mOpt = free.Split.FlopsPerToken;
        var limit = 0.97 * mOpt / 3;

        var capped = Planner().Plan(1e21, new PlanOptions(Space: TestSpace, Constraints: new PlanConstraints(MaxInferenceFlopsPerToken: limit)));

        // Forward FLOPs per token are a third of seed 001's training M (2·N_a + 2·S·N_q·d_qkv·L).
        var s = capped.Chosen.Shape;
        Assert.True(2.0 * s.Triad.ActiveParams + 2.0 * 8192 * 16 * 128 * s.Layers <= limit);
        // M is pinned within 5% of M_opt, so a cap 20% below M_opt/3 cannot be met at this budget.
        var error = Assert.Throws<InvalidInputException>(() => Planner().Plan(1e21,
            new PlanOptions(Space: TestSpace, Constraints: new PlanConstraints(MaxInferenceFlopsPerToken: 0.8 * mOpt / 3))));
        Assert.Equal("max-inference-flops", error.Field);
    }

    [Fact]
    public void Plan_FixedTokenBudget_TargetsCOverD()
    {
        var planner = new HolisticPlanner(PlanningFixtures.PaperRealizer, new SurfaceOracle(PlanningFixtures.KnownSurface), new FixedTokensSplit(20e9));

        var plan = planner.Plan(1e20, new PlanOptions(Space: TestSpace));

        Assert.Equal(5e9, plan.Split.FlopsPerToken, 1e-3);
        Assert.InRange(plan.Chosen.Shape.Triad.FlopsPerToken, 0.95 * 5e9, 1.05 * 5e9);
    }

    [Fact]
    public void Plan_BudgetTooSmallForBackbone_SaysSoWithoutConstraints()
    {
        var error = Assert.Throws<InvalidInputException>(() => Planner().Plan(1e12, new PlanOptions(Space: TestSpace)));

        Assert.Equal("compute", error.Field);
        Assert.Contains("no buildable architecture", error.Message);
    }
}
