using MoeLab.Core.Seed001;

namespace MoeLab.Core.Tests.Seed001;

/// <summary>The allocation-free <see cref="Seed001ShapeSolver.SolveValues"/> gives exactly what <see cref="Seed001ShapeSolver.Solve"/> gives.</summary>
public sealed class Seed001ShapeSolverLeanTests
{
    private static readonly Seed001Backbone[] Backbones =
    [
        Seed001Backbone.Paper,
        Seed001Backbone.Paper with { SharedExperts = 0 },
        Seed001Backbone.Paper with { RoutedExperts = 64, TopK = 2, KvHeads = 16 },
    ];

    [Fact]
    public void SolveValues_Table21Triad_RecoversPublishedShape()
    {
        var values = Seed001ShapeSolver.SolveValues(new ConstraintTriad(5_946_946_944, 722_722_368, 16_270_114_368), 1928, Seed001Backbone.Paper);

        Assert.Equal(16.0, values.Layers);
        Assert.Equal(1.0, values.DenseLayers, 12);
        Assert.Equal(15.0, values.MoeLayers, 12);
        Assert.Equal(640.0, values.ExpertWidth, 9);
    }

    [Fact]
    public void SolveValues_GridOfTriadsWidthsAndBackbones_BitwiseEqualToSolve()
    {
        var compared = 0;
        foreach (var backbone in Backbones)
        foreach (var flops in new[] { 1e8, 6e9, 3e11, 4e12 })
        foreach (var x in new[] { 6.5, 8.0, 12.0, 40.0 })
        foreach (var y in new[] { 1.5, 10.0, 25.0 })
        {
            var active = (long)Math.Round(flops / x);
            var triad = new ConstraintTriad(flops, active, (long)Math.Round(active * y));
            // Widths inside, at and outside the feasible interval (infeasible shapes must agree too, NaN included).
            foreach (var d in new[] { 1.0, 64, 512, 1928, 4096, 20_000, 150_000 })
            {
                var full = Seed001ShapeSolver.Solve(triad, d, backbone);
                var lean = Seed001ShapeSolver.SolveValues(triad, d, backbone);
                Assert.Equal(full.Layers, lean.Layers);
                Assert.Equal(full.DenseLayers, lean.DenseLayers);
                Assert.Equal(full.MoeLayers, lean.MoeLayers);
                Assert.Equal(full.ExpertWidth, lean.ExpertWidth);
                compared++;
            }
        }
        Assert.Equal(3 * 4 * 4 * 3 * 7, compared);
    }
}
