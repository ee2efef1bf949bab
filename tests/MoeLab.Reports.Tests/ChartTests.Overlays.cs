using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;

namespace MoeLab.Reports.Tests;

public partial class ChartTests
{
    private static readonly ChartAxis Predicted = new("Predicted time", "s");
    private static readonly ChartAxis Measured = new("Measured time", "s");

    [Fact]
    public void Scatter_WithIdentityLine_LayersPointsThenDashedDiagonal()
    {
        var chart = VegaLite.Scatter("Measured vs predicted", Predicted, Measured,
            [new(1.0, 1.2, "cpu", "run 1"), new(2.0, 1.9, "cpu", "run 2")],
            [ReferenceLineOverlay.Identity(0.5, 2.5)]);

        var layers = chart.Spec["layer"]!.AsArray();
        Assert.Equal(2, layers.Count);
        Assert.Equal("point", (string)layers[0]!["mark"]!["type"]!);
        Assert.Equal("line", (string)layers[1]!["mark"]!["type"]!);
        Assert.NotNull(layers[1]!["mark"]!["strokeDash"]);
        var diagonal = layers[1]!["data"]!["values"]!.AsArray();
        Assert.All(diagonal, p => Assert.Equal((double)p!["x"]!, (double)p!["y"]!));
        Assert.Equal("run 2", (string)chart.Spec["data"]!["values"]![1]!["label"]!);
        Assert.Equal("series", (string)layers[0]!["encoding"]!["color"]!["field"]!);
    }

    [Fact]
    public void Scatter_WithoutSeriesNames_HasNoColourEncoding()
    {
        var chart = VegaLite.Scatter("s", Predicted, Measured, [new(1, 1), new(2, 2)]);
        Assert.Null(chart.Spec["encoding"]!["color"]);
        Assert.Null(chart.Spec["layer"]);
    }

    [Fact]
    public void Line_BandOverlay_IsDrawnBeneathTheDataAsARangedRect()
    {
        var chart = VegaLite.Line("Near-optimal width", new ChartAxis("Width", "dims"), Loss,
            [new ChartSeries("loss", [new(1024, 2.1), new(2048, 2.0), new(4096, 2.05)])],
            [new BandOverlay(OverlayAxis.X, 1500, 3000, "within 1% of optimum"), new RuleOverlay(OverlayAxis.Y, 2.0, "optimum")]);

        var layers = chart.Spec["layer"]!.AsArray();
        var marks = layers.Select(l => (string)l!["mark"]!["type"]!).ToList();
        Assert.Equal(["rect", "text", "line", "rule", "text"], marks);
        var band = layers[0]!;
        Assert.Equal("from", (string)band["encoding"]!["x"]!["field"]!);
        Assert.Equal("to", (string)band["encoding"]!["x2"]!["field"]!);
        Assert.Equal(1500.0, (double)band["data"]!["values"]![0]!["from"]!);
        Assert.Equal(3000.0, (double)band["data"]!["values"]![0]!["to"]!);
        var rule = layers[3]!;
        Assert.Equal(2.0, (double)rule["data"]!["values"]![0]!["value"]!);
        Assert.Equal("Loss (nats/token)", (string)rule["encoding"]!["y"]!["title"]!);
    }

    [Fact]
    public void Overlay_NonFiniteValue_IsDroppedWithAWarning()
    {
        var chart = VegaLite.Scatter("s", Predicted, Measured, [new(1, 1)], [new RuleOverlay(OverlayAxis.X, double.NaN, "bad")]);
        Assert.Null(chart.Spec["layer"]);
        Assert.Equal("chart-non-finite", Assert.Single(chart.Warnings).Code);
    }

    [Fact]
    public void Bar_KeepsCategoryOrderAndGroupsSeries()
    {
        var chart = VegaLite.Bar("Memory", new ChartAxis("Component"), new ChartAxis("Weights", "bytes"),
        [
            new("experts", 9e10, "bf16"), new("attention", 3e9, "bf16"),
            new("experts", 2.3e10, "int4"), new("attention", 7.5e8, "int4"),
        ]);

        var x = chart.Spec["encoding"]!["x"]!;
        Assert.Equal(["experts", "attention"], x["sort"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("series", (string)chart.Spec["encoding"]!["xOffset"]!["field"]!);
        Assert.Equal("Weights (bytes)", (string)chart.Spec["encoding"]!["y"]!["title"]!);
        Assert.Equal(2.3e10, (double)chart.Spec["data"]!["values"]![2]!["value"]!);
        Assert.Equal("bar", (string)chart.Spec["mark"]!["type"]!);
    }

    [Fact]
    public void Heatmap_OrdersLabelsByFirstAppearance_NotAsText()
    {
        var cells = new List<HeatmapCell>();
        foreach (var layer in new[] { 1, 2, 10 })
            foreach (var expert in new[] { 2, 10 })
                cells.Add(new(expert.ToString(), layer.ToString(), layer * 100 + expert));
        cells.Add(new("2", "11", double.NaN));

        var chart = VegaLite.Heatmap("Expert activations", new ChartAxis("Expert"), new ChartAxis("Layer"), new ChartAxis("Activations", "tokens", Log: true), cells);

        var encoding = chart.Spec["encoding"]!;
        Assert.Equal(["2", "10"], encoding["x"]!["sort"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["1", "2", "10"], encoding["y"]!["sort"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("log", (string)encoding["color"]!["scale"]!["type"]!);
        Assert.Equal("Activations (tokens)", (string)encoding["color"]!["title"]!);
        var values = chart.Spec["data"]!["values"]!.AsArray();
        Assert.Equal(6, values.Count);
        Assert.Equal(1010.0, (double)values.Single(v => (string)v!["x"]! == "10" && (string)v!["y"]! == "10")!["value"]!);
        Assert.Single(chart.Warnings);
        Assert.Equal("rect", (string)chart.Spec["mark"]!["type"]!);
    }

    [Fact]
    public void Spec_SerialisesToJsonThatParsesBack()
    {
        var chart = VegaLite.Line("t", Loss, Loss, [new ChartSeries("a", [new(1, 2)])], [new RuleOverlay(OverlayAxis.X, 1, "r")]);
        var parsed = JsonNode.Parse(chart.Spec.ToJsonString())!;
        Assert.True(JsonNode.DeepEquals(chart.Spec, parsed));
    }
}
