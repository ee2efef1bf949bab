using MoeLab.Scaling.Planning;

namespace MoeLab.Scaling.Tests.Planning;

/// <summary>
/// <see cref="HolisticPlanner.ProxySurface"/> scores the Phase-1 rectangle without Phase 2, for the plan report's
/// chart when the plan held M/N_a or N/N_a. It must be the very surface the search ranks.
/// </summary>
public sealed class ProxySurfaceTests
{
    private static readonly CandidateSpace Space = new(AttentionShareMin: 0.25, AttentionShareMax: 16, AttentionShareSteps: 24, ExpansionStep: 1.0);

    private static HolisticPlanner Planner() => new(PlanningFixtures.PaperRealizer, new SurfaceOracle(PlanningFixtures.KnownSurface), new PaperSplit());

    [Fact]
    public void ProxySurface_NothingHeld_EqualsThePlansOwnPhase1Scores()
    {
        var planner = Planner();
        var plan = planner.Plan(3e20, new PlanOptions(Space: Space));

        var surface = planner.ProxySurface(3e20, Space);

        Assert.Equal(plan.Phase1.Count, surface.Count);
        Assert.Equal(
            plan.Phase1.Select(p => (p.FlopsPerActiveParam, p.TotalPerActive, p.ProxyLoss)),
            surface.Select(p => (p.FlopsPerActiveParam, p.TotalPerActive, p.ProxyLoss)));
    }

    [Fact]
    public void ProxySurface_OfAHeldPlan_HoldsTheSearchedPointWithItsScoreAndTheRestOfTheGrid()
    {
        var planner = Planner();
        var x = Space.FlopsPerActiveParamGrid()[9];
        var plan = planner.Plan(3e20, new PlanOptions(Space: Space with { FixedFlopsPerActiveParam = x, FixedExpansion = 12 }));
        var searched = Assert.Single(plan.Phase1);

        var surface = planner.ProxySurface(3e20, Space);

        var same = Assert.Single(surface, p => p.FlopsPerActiveParam == x && p.TotalPerActive == 12);
        Assert.Equal(searched.ProxyLoss, same.ProxyLoss);
        var xs = Space.FlopsPerActiveParamGrid();
        var ys = Space.TotalPerActiveGrid(PlanningFixtures.PaperExpansionLimit, dense: false);
        Assert.All(surface, p => Assert.True(xs.Contains(p.FlopsPerActiveParam) && ys.Contains(p.TotalPerActive), $"({p.FlopsPerActiveParam}, {p.TotalPerActive}) is off the grid"));
        Assert.Equal(surface.Count, surface.Select(p => (p.FlopsPerActiveParam, p.TotalPerActive)).Distinct().Count());
        Assert.True(surface.Count > xs.Length, $"{surface.Count} points of a {xs.Length} × {ys.Length} grid");
    }
}
