using MoeLab.Core.Seed001;
using MoeLab.Scaling.Planning;

namespace MoeLab.Scaling.Tests.Planning;

public sealed class HolisticPlannerBackboneTests
{
    private static readonly CandidateSpace TestSpace = new(AttentionShareMin: 0.25, AttentionShareMax: 16, AttentionShareSteps: 32, ExpansionStep: 1.0);

    private static PlanResult PlanWith(Seed001Backbone backbone, double compute, ILossOracle? oracle = null)
    {
        var realizer = new Seed001ShapeRealizer(backbone);
        var planner = new HolisticPlanner(realizer, oracle ?? new SurfaceOracle((x, y, d) => 2 + 0.3 / (x - 6) + 0.075 * x + 0.02 * Math.Pow(d / 1000 - 2, 2)), new PaperSplit());
        return planner.Plan(compute, new PlanOptions(Space: TestSpace));
    }

    [Fact]
    public void Plan_NoSharedExpert_SpecHasNoSharedExpertAndTriadMatchesAccounting()
    {
        var backbone = Seed001Backbone.Paper with { SharedExperts = 0 };

        var plan = PlanWith(backbone, 3e20);

        var spec = new Seed001ShapeRealizer(backbone).ToSpec(plan.Chosen.Shape, "no-shared");
        Assert.Equal(0, spec.SharedExperts.Count);
        Assert.Equal(plan.Chosen.Shape.Triad, Seed001Triad.PaperConvention(spec));
        Assert.All(plan.Phase1, p => Assert.True(p.TotalPerActive < 36));
    }

    [Fact]
    public void Plan_OtherExpertCountAndTopK_StaysBelowItsExpansionLimit()
    {
        var backbone = Seed001Backbone.Paper with { RoutedExperts = 64, TopK = 4 };

        var plan = PlanWith(backbone, 1e20);

        Assert.All(plan.Phase1, p => Assert.True(p.TotalPerActive < 65.0 / 5.0));
        Assert.True(plan.Chosen.Shape.Triad.TotalPerActiveParam < 13);
        var spec = new Seed001ShapeRealizer(backbone).ToSpec(plan.Chosen.Shape, "e64k4");
        Assert.Equal((64, 4), (spec.Experts!.Count, spec.Experts.TopK));
    }

    [Fact]
    public void Plan_DenseLimit_ReducesToDenseModelWithNEqualNa()
    {
        var backbone = Seed001Backbone.Paper with { RoutedExperts = 8, TopK = 8 };

        var plan = PlanWith(backbone, 1e20);

        var s = plan.Chosen.Shape;
        Assert.Equal(0, s.MoeLayers);
        Assert.Equal(s.Layers, s.DenseLayers);
        Assert.Equal(s.Triad.ActiveParams, s.Triad.TotalParams);
        Assert.All(plan.Phase1, p => Assert.Equal(1.0, p.TotalPerActive));
        // Chinchilla-style: a dense N = 12·d²·L + ... with all compute split as C = M·D, M = 6N + attention.
        var expectedN = 2L * s.HiddenSize * 128 * 24 * s.Layers + 9L * s.HiddenSize * s.HiddenSize * s.Layers;
        Assert.Equal(expectedN, s.Triad.ActiveParams);
        Assert.Equal(1e20, plan.Chosen.TokensD * s.Triad.FlopsPerToken, 1e20 * 1e-12);
        var spec = new Seed001ShapeRealizer(backbone).ToSpec(s, "dense");
        Assert.Null(spec.Experts);
        Assert.Equal(s.Triad, Seed001Triad.PaperConvention(spec));
    }
}
