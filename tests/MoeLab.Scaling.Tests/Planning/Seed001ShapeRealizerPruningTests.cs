using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;
using MoeLab.Scaling.Planning;

namespace MoeLab.Scaling.Tests.Planning;

/// <summary>
/// The realizer prunes widths whose rounded shape already misses M by more than the tolerance, before the
/// triad is recounted. Pruning must never drop a shape the unpruned path accepts: checked width by width against
/// the plain <see cref="Seed001ShapeRealizer.Realize(ConstraintTriad, int, int)"/>, and plan by plan against a
/// planner whose realizer cannot prune.
/// </summary>
public sealed class Seed001ShapeRealizerPruningTests
{
    private static readonly Seed001Backbone[] Backbones =
    [
        Seed001Backbone.Paper,
        Seed001Backbone.Paper with { SharedExperts = 0 },
        Seed001Backbone.Paper with { RoutedExperts = 64, TopK = 4 },
    ];

    [Fact]
    public void Realize_WithTolerance_PrunesOnlyShapesTheRecountPutsOffTarget()
    {
        int pruned = 0, kept = 0;
        foreach (var backbone in Backbones)
        {
            var realizer = new Seed001ShapeRealizer(backbone);
            // M from ~1e19 to ~1e24 FLOPs budgets (seed 001's M_opt ≈ 0.6 to 2000 GFLOPs per token).
            foreach (var flops in new[] { 6e8, 6e9, 1e11, 2e12 })
            foreach (var x in new[] { 7.0, 9.0, 14.0 })
            foreach (var y in new[] { 4.0, 12.0 })
            {
                var target = PlanTargets.FromRatios(flops, x, y);
                if (realizer.FeasibleHiddenSizes(target) is not { } hidden) continue;
                foreach (var d in HolisticPlanner.AlignedWidths(hidden, 8))
                {
                    var full = realizer.Realize(target, d, 8);
                    var lean = realizer.Realize(target, d, 8, 0.05, out var offTarget);
                    if (offTarget)
                    {
                        pruned++;
                        Assert.Null(lean);
                        Assert.NotNull(full);
                        var deviation = (full.Value.Triad.FlopsPerToken - target.FlopsPerToken) / target.FlopsPerToken;
                        Assert.True(Math.Abs(deviation) > 0.05, $"pruned d = {d} at {target}: recount gives {deviation:P3}");
                    }
                    else
                    {
                        kept++;
                        Assert.Equal(full, lean);
                    }
                }
            }
        }
        // Both branches must have been exercised for the comparison to mean anything.
        Assert.True(pruned > 1000, $"pruned {pruned}");
        Assert.True(kept > 100, $"kept {kept}");
    }

    [Theory]
    [InlineData(1e19)]
    [InlineData(3e20)]
    [InlineData(1e22)]
    public void Plan_PrunedAndUnprunedRealizer_GiveIdenticalPlans(double compute)
    {
        var space = new CandidateSpace(AttentionShareMin: 0.25, AttentionShareMax: 16, AttentionShareSteps: 16, ExpansionStep: 2.0);
        foreach (var backbone in Backbones)
        {
            var realizer = new Seed001ShapeRealizer(backbone);
            var oracle = new SurfaceOracle((x, y, d) => 2 + 0.3 / (x - 6) + 0.075 * x + 0.1 / (y - 1) + 0.02 * Math.Pow(d / 1000 - 2, 2));
            var options = new PlanOptions(Space: space);

            var pruned = new HolisticPlanner(realizer, oracle, new PaperSplit()).Plan(compute, options);
            var unpruned = new HolisticPlanner(new UnprunedRealizer(realizer), oracle, new PaperSplit()).Plan(compute, options);

            Assert.Equal(unpruned.Counts, pruned.Counts);
            Assert.True(pruned.Counts.OffTarget > 0);
            Assert.Equal(unpruned.Chosen, pruned.Chosen);
            Assert.Equal(unpruned.Phase1, pruned.Phase1);
            Assert.Equal(unpruned.Phase2AtChoice, pruned.Phase2AtChoice);
            Assert.Equal(unpruned.SequentialChoice, pruned.SequentialChoice);
            Assert.Equal(unpruned.Band with { BestMembers = [] }, pruned.Band with { BestMembers = [] });
            Assert.Equal(unpruned.Band.BestMembers, pruned.Band.BestMembers);
        }
    }

    /// <summary>The same realizer without its pruning: the interface's default tolerance-aware Realize recounts every shape.</summary>
    private sealed class UnprunedRealizer(Seed001ShapeRealizer inner) : IShapeRealizer
    {
        public string BackboneDescription => inner.BackboneDescription;
        public double ExpansionLimit => inner.ExpansionLimit;
        public bool IsDense => inner.IsDense;
        public HiddenSizeInterval? FeasibleHiddenSizes(ConstraintTriad target) => inner.FeasibleHiddenSizes(target);
        public double ExpertWidthAt(ConstraintTriad target, double hiddenSize) => inner.ExpertWidthAt(target, hiddenSize);
        public RealizedShape? Realize(ConstraintTriad target, int hiddenSize, int alignment) => inner.Realize(target, hiddenSize, alignment);
        public long EmbeddingParams(int hiddenSize) => inner.EmbeddingParams(hiddenSize);
        public long KvCacheElementsPerToken(RealizedShape shape) => inner.KvCacheElementsPerToken(shape);
        public ConstraintTriad AccountDirectly(RealizedShape shape) => inner.AccountDirectly(shape);
        public MoeSpec ToSpec(RealizedShape shape, string name) => inner.ToSpec(shape, name);
        public double InferenceFlopsPerToken(RealizedShape shape) => inner.InferenceFlopsPerToken(shape);
    }
}
