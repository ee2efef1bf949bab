using MoeLab.Core.Accounting;
using MoeLab.Core.Seed001;

namespace MoeLab.Core.Tests.Seed001;

/// <summary>Seed 001, Table 21, row d = 1928: the paper's own configuration, reproduced exactly both ways.</summary>
public sealed class Seed001Table21Tests
{
    private const long PublishedActive = 722_722_368;
    private const long PublishedTotal = 16_270_114_368;
    private const long PublishedFlopsPerToken = 5_946_946_944;

    private static readonly ConstraintTriad Published = new(PublishedFlopsPerToken, PublishedActive, PublishedTotal);

    [Fact]
    public void Forward_Table21RowD1928_GivesPublishedTriadExactly()
    {
        var spec = Seed001Backbone.Paper.ToSpec(hiddenSize: 1928, denseLayers: 1, moeLayers: 15, expertWidth: 640).Validate();

        var triad = Seed001Triad.PaperConvention(spec);

        Assert.Equal(PublishedActive, triad.ActiveParams);
        Assert.Equal(PublishedTotal, triad.TotalParams);
        Assert.Equal((double)PublishedFlopsPerToken, triad.FlopsPerToken);
        Assert.Equal(triad, ModelAccountant.Account(spec).PaperTriad);
    }

    [Fact]
    public void Forward_Table21Row_HandExpandedFormulaAgrees()
    {
        // N_a = 2·d·d_qkv·(N_q+N_kv)·L + 3·d·3d·L_d + 3·d·d_m·(K+1)·L_m, written out independently of the code.
        const long d = 1928, dm = 640;
        var attention = 2 * d * 128 * (16 + 8) * 16;
        var dense = 3 * d * (3 * d) * 1;
        var moeActive = 3 * d * dm * (8 + 1) * 15;
        var na = attention + dense + moeActive;
        var n = na + 3 * d * dm * (288 - 8) * 15;
        var m = 6 * na + 6L * 8192 * 16 * 128 * 16;
        Assert.Equal((PublishedActive, PublishedTotal, PublishedFlopsPerToken), (na, n, m));
    }

    [Fact]
    public void Inverse_Table21Triad_RecoversShapeExactly()
    {
        var shape = Seed001ShapeSolver.Solve(Published, 1928, Seed001Backbone.Paper);

        Assert.True(shape.IsFeasible, shape.Reason);
        Assert.True(shape.IsIntegral);
        Assert.Equal(16.0, shape.Layers);
        Assert.Equal(1.0, shape.DenseLayers, 12);
        Assert.Equal(15.0, shape.MoeLayers, 12);
        Assert.Equal(640.0, shape.ExpertWidth, 9);
        Assert.True(shape.FeasibleHiddenSize.Contains(1928));
    }

    [Fact]
    public void HiddenSizeForDenseLayers_Table21Triad_OneDenseLayerGivesD1928AndEndsAreTheInterval()
    {
        var b = Seed001Backbone.Paper;
        Assert.Equal(1928.0, Seed001ShapeSolver.HiddenSizeForDenseLayers(Published, 1, b), 6);
        var interval = Seed001ShapeSolver.FeasibleHiddenSize(Published, b);
        Assert.Equal(interval.Max, Seed001ShapeSolver.HiddenSizeForDenseLayers(Published, 0, b), 6);
        Assert.Equal(interval.Min, Seed001ShapeSolver.HiddenSizeForDenseLayers(Published, 15, b), 6); // L_m = 1
        Assert.True(double.IsNaN(Seed001ShapeSolver.HiddenSizeForDenseLayers(Published, 16, b))); // no MoE layer left
    }

    [Fact]
    public void FeasibleInterval_Endpoints_HaveDenseLayersZeroAndMoeLayersOne()
    {
        var interval = Seed001ShapeSolver.FeasibleHiddenSize(Published, Seed001Backbone.Paper);

        var atMax = Seed001ShapeSolver.Solve(Published, interval.Max, Seed001Backbone.Paper);
        var atMin = Seed001ShapeSolver.Solve(Published, interval.Min, Seed001Backbone.Paper);
        Assert.Equal(0.0, atMax.DenseLayers, 9);
        Assert.Equal(1.0, atMin.MoeLayers, 9);
        Assert.True(interval.Min < 1928 && 1928 < interval.Max);
    }

    [Fact]
    public void Inverse_OutsideInterval_IsInfeasibleWithReason()
    {
        var interval = Seed001ShapeSolver.FeasibleHiddenSize(Published, Seed001Backbone.Paper);

        var tooWide = Seed001ShapeSolver.Solve(Published, interval.Max * 1.01, Seed001Backbone.Paper);
        var tooNarrow = Seed001ShapeSolver.Solve(Published, interval.Min * 0.99, Seed001Backbone.Paper);

        Assert.False(tooWide.IsFeasible);
        Assert.Contains("L_d", tooWide.Reason);
        Assert.False(tooNarrow.IsFeasible);
        Assert.Contains("L_m", tooNarrow.Reason);
    }

    [Fact]
    public void RoundTrip_SpecToTriadToShape_AcrossBackboneVariants()
    {
        var variants = new[]
        {
            Seed001Backbone.Paper,
            Seed001Backbone.Paper with { SharedExperts = 0 },
            Seed001Backbone.Paper with { RoutedExperts = 64, TopK = 4 },
        };
        foreach (var backbone in variants)
        {
            var spec = backbone.ToSpec(1024, denseLayers: 2, moeLayers: 10, expertWidth: 512);
            var triad = Seed001Triad.PaperConvention(spec);
            var shape = Seed001ShapeSolver.Solve(triad, 1024, backbone);
            Assert.True(shape.IsIntegral, backbone.ToString());
            Assert.Equal((12.0, 2.0, 512.0), (shape.Layers, Math.Round(shape.DenseLayers, 9), Math.Round(shape.ExpertWidth, 6)));
        }
    }

    [Fact]
    public void DenseLimit_NeEqualsK_IsInfeasibleWithExplanation()
    {
        var dense = Seed001Backbone.Paper with { RoutedExperts = 8 };
        var spec = dense.ToSpec(1024, 2, 10, 512);
        var triad = Seed001Triad.PaperConvention(spec);
        Assert.Equal(triad.ActiveParams, triad.TotalParams);

        var shape = Seed001ShapeSolver.Solve(triad, 1024, dense);
        Assert.False(shape.IsFeasible);
        Assert.Contains("dense limit", shape.Reason);
    }

    [Fact]
    public void MainTextMisprint_DiffersFromTableConvention()
    {
        var spec = Seed001Backbone.Paper.ToSpec(1928, 1, 15, 640);
        var printed = Seed001Triad.FlopsPerTokenAsPrintedInMainText(spec, Published);
        Assert.Equal(6.0 * PublishedActive * 16 + 6.0 * 8192 * 16 * 128 * 16, printed);
    }
}
