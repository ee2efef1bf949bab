using MoeLab.Core.Seed001;
using MoeLab.Scaling.Planning;

namespace MoeLab.Scaling.Tests.Planning;

public sealed class Seed001ShapeRealizerTests
{
    // Seed 001, Table 21, row d = 1928 (DESIGN.md): L_d = 1, L_m = 15, d_m = 640, N_q = 16, N_kv = 8, d_qkv = 128.
    private const long Table21ActiveParams = 722_722_368;
    private const long Table21TotalParams = 16_270_114_368;
    private const double Table21FlopsPerToken = 5_946_946_944;

    [Fact]
    public void Realize_Table21RowD1928Inverse_ReturnsPublishedIntegerShape()
    {
        var target = new ConstraintTriad(Table21FlopsPerToken, Table21ActiveParams, Table21TotalParams);

        var realised = PlanningFixtures.PaperRealizer.Realize(target, 1928, alignment: 8);

        Assert.NotNull(realised);
        var shape = realised.Value;
        Assert.Equal((16, 1, 15, 1928, 640), (shape.Layers, shape.DenseLayers, shape.MoeLayers, shape.HiddenSize, shape.ExpertHiddenSize));
        Assert.Equal(target, shape.Triad);
    }

    [Fact]
    public void ToSpec_Table21RowD1928Forward_AccountsToPublishedTriad()
    {
        var realizer = PlanningFixtures.PaperRealizer;
        var shape = new RealizedShape(16, 1, 15, 1928, 640, default);

        var triad = Seed001Triad.PaperConvention(realizer.ToSpec(shape, "table21-d1928"));

        // Hand expansion: P_attn·L = 2·1928·128·24·16 = 189,530,112; 9·1928²·1 = 33,454,656;
        // 3·1928·640·9·15 = 499,737,600; routed-inactive 3·1928·640·280·15 = 15,547,392,000; attention FLOPs 6·8192·16·128·16.
        Assert.Equal(189_530_112L + 33_454_656 + 499_737_600, triad.ActiveParams);
        Assert.Equal(Table21ActiveParams + 15_547_392_000L, triad.TotalParams);
        Assert.Equal(6.0 * Table21ActiveParams + 6.0 * 8192 * 16 * 128 * 16, triad.FlopsPerToken);
        Assert.Equal(Table21FlopsPerToken, triad.FlopsPerToken);
    }

    [Fact]
    public void FeasibleHiddenSizes_Table21Triad_ContainsD1928()
    {
        var target = new ConstraintTriad(Table21FlopsPerToken, Table21ActiveParams, Table21TotalParams);

        var interval = PlanningFixtures.PaperRealizer.FeasibleHiddenSizes(target);

        Assert.NotNull(interval);
        Assert.InRange(1928.0, interval.Value.Min, interval.Value.Max);
    }

    [Fact]
    public void ExpansionLimit_PaperBackbone_Is289Over9()
    {
        Assert.Equal(289.0 / 9.0, PlanningFixtures.PaperRealizer.ExpansionLimit, 12);
        Assert.Equal(288.0 / 8.0, new Seed001ShapeRealizer(Seed001Backbone.Paper with { SharedExperts = 0 }).ExpansionLimit, 12);
        Assert.Equal(1.0, new Seed001ShapeRealizer(Seed001Backbone.Paper with { RoutedExperts = 8 }).ExpansionLimit);
    }
}
