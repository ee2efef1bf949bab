using System.Text.Json.Nodes;
using MoeLab.Core.Seed001;
using MoeLab.Reports.Model;
using MoeLab.Reports.Plan;
using MoeLab.Scaling.Planning;
using MoeLab.Scaling.Planning.Defaults;

namespace MoeLab.Reports.Tests.Plan;

/// <summary>
/// `moelab plan --compute 1e21` holds M/N_a and N/N_a at seed 001's per-scale values, so its search is one point; the
/// Phase-1 chart must still draw the surface that point sits on (it once drew the lone point in an empty plot).
/// </summary>
public sealed class PlanPhase1ChartTests
{
    private static JsonObject Phase1Spec()
    {
        var request = new PlanRequest([1e21], Seed001Backbone.Paper, PlanOptions.Default, "test", Shapes: ShapeLimits.Default);
        var report = request.Run();
        return report.Blocks.OfType<Chart>().Single(c => c.Title.StartsWith("Phase 1 surface", StringComparison.Ordinal)).Spec;
    }

    [Fact]
    public void DefaultPlan_Phase1Chart_DrawsTheWholeSurfaceAndRingsTheOneHeldPoint()
    {
        var planned = new PlanRequest([1e21], Seed001Backbone.Paper, PlanOptions.Default, "test", Shapes: ShapeLimits.Default).PlanAll()[0];
        Assert.Single(planned.Plan.Phase1);
        var expected = planned.Phase1Surface();

        var layers = Phase1Spec()["layer"]!.AsArray();
        var surface = layers[0]!["data"]!["values"]!.AsArray();
        var searched = layers[1]!["data"]!["values"]!.AsArray();

        Assert.Equal(expected.Count, surface.Count);
        Assert.True(surface.Count >= 100, $"{surface.Count} surface points");
        var ring = Assert.Single(searched);
        Assert.Equal("Phase-1 choice", ring!["searched"]!.GetValue<string>());
        // The held point scores on the surface exactly as the search scored it.
        var held = planned.Plan.Phase1[0];
        Assert.Equal(held.ProxyLoss, ring["proxy_loss"]!.GetValue<double>());
        Assert.Equal(held.FlopsPerActiveParam - 6, ring["attention_share"]!.GetValue<double>(), 12);
    }

    [Fact]
    public void DefaultPlan_Phase1Colour_SpansTheLeastLossToThe95thPercentile()
    {
        var spec = Phase1Spec();
        var layer = spec["layer"]![0]!;
        var losses = layer["data"]!["values"]!.AsArray().Select(v => v!["proxy_loss"]!.GetValue<double>()).Order().ToList();
        var domain = layer["encoding"]!["color"]!["scale"]!["domain"]!.AsArray().Select(v => v!.GetValue<double>()).ToList();

        Assert.Equal(losses[0], domain[0]);
        // R-7 quantile, computed here independently: h = (n − 1)·0.95, interpolated between its neighbours.
        var h = (losses.Count - 1) * 0.95;
        var lo = (int)Math.Floor(h);
        var p95 = losses[lo] + (h - lo) * (losses[Math.Min(lo + 1, losses.Count - 1)] - losses[lo]);
        Assert.Equal(p95, domain[1], 9);
        Assert.True(domain[1] < losses[^1], "the surface has outliers above the 95th percentile at 1e21");
        Assert.Contains("95th percentile", spec["title"]!["subtitle"]!.GetValue<string>());
    }
}
