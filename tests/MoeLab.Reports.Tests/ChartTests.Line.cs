using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;

namespace MoeLab.Reports.Tests;

public partial class ChartTests
{
    private static readonly ChartAxis Tokens = new("Training tokens", "tokens", Log: true);
    private static readonly ChartAxis Loss = new("Loss", "nats/token");

    [Fact]
    public void Line_SeveralSeries_KeepsEveryValueWithItsSeriesName()
    {
        var chart = VegaLite.Line("Loss curves", Tokens, Loss,
        [
            new ChartSeries("8 experts", [new(1e9, 3.5), new(1e10, 3.0), new(1e11, 2.6)]),
            new ChartSeries("64 experts", [new(1e9, 3.3), new(1e10, 2.8)]),
        ]);

        var values = DataValues(chart.Spec);
        Assert.Equal(5, values.Count);
        Assert.Equal(3, values.Count(v => (string)v!["series"]! == "8 experts"));
        var last = values.Single(v => (string)v!["series"]! == "64 experts" && (double)v!["x"]! == 1e10);
        Assert.Equal(2.8, (double)last!["y"]!);
        Assert.Empty(chart.Warnings);
    }

    [Fact]
    public void Line_AxisTitles_CarryUnitsAndLogScale()
    {
        var chart = VegaLite.Line("Loss curves", Tokens, Loss, [new ChartSeries("a", [new(1, 2)])]);

        var encoding = chart.Spec["encoding"]!;
        Assert.Equal("line", (string)chart.Spec["mark"]!["type"]!);
        Assert.Equal("Training tokens (tokens)", (string)encoding["x"]!["title"]!);
        Assert.Equal("Loss (nats/token)", (string)encoding["y"]!["title"]!);
        Assert.Equal("log", (string)encoding["x"]!["scale"]!["type"]!);
        Assert.Null(encoding["y"]!["scale"]!["type"]);
        Assert.Equal("series", (string)encoding["color"]!["field"]!);
        Assert.Equal(VegaLite.SchemaUrl, (string)chart.Spec["$schema"]!);
    }

    [Fact]
    public void Line_NonFiniteValues_AreDroppedWithAWarning()
    {
        var chart = VegaLite.Line("Loss curves", Loss, Loss,
            [new ChartSeries("a", [new(1, 2), new(double.NaN, 2), new(3, double.PositiveInfinity), new(4, double.NegativeInfinity), new(5, 6)])]);

        var values = DataValues(chart.Spec);
        Assert.Equal([1.0, 5.0], values.Select(v => (double)v!["x"]!));
        var warning = Assert.Single(chart.Warnings);
        Assert.Equal("chart-non-finite", warning.Code);
        Assert.Contains("3 data point(s)", warning.Message);
        AssertNoNonFiniteNumbers(chart.Spec);
    }

    [Fact]
    public void Line_NonPositiveOnLogAxis_IsDroppedWithAWarning()
    {
        var chart = VegaLite.Line("Loss curves", Tokens, Loss, [new ChartSeries("a", [new(0, 2), new(-1, 2), new(10, 2)])]);

        Assert.Single(DataValues(chart.Spec));
        var warning = Assert.Single(chart.Warnings);
        Assert.Equal("chart-log-non-positive", warning.Code);
        Assert.Contains("2 data point(s)", warning.Message);
    }

    [Fact]
    public void Line_LegendAndLogAxis_KeepGivenSeriesOrderAndShortLabels()
    {
        var chart = VegaLite.Line("Loss curves", Tokens, Loss,
            [new ChartSeries("8 experts", [new(1e9, 3)]), new ChartSeries("64 experts", [new(1e9, 2)]), new ChartSeries("8 experts", [new(1e10, 2)])]);

        var encoding = chart.Spec["encoding"]!;
        Assert.Equal(["8 experts", "64 experts"], encoding["color"]!["sort"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("~s", (string)encoding["x"]!["axis"]!["format"]!);
        Assert.Null(encoding["y"]!["axis"]);
    }

    private static JsonArray DataValues(JsonObject spec) => spec["data"]!["values"]!.AsArray();

    private static void AssertNoNonFiniteNumbers(JsonNode? node)
    {
        // Serialising would throw on a NaN double; walking the tree also names the offending value.
        switch (node)
        {
            case JsonObject o: foreach (var kv in o) AssertNoNonFiniteNumbers(kv.Value); break;
            case JsonArray a: foreach (var item in a) AssertNoNonFiniteNumbers(item); break;
            case JsonValue v when v.TryGetValue<double>(out var d): Assert.True(double.IsFinite(d), $"non-finite {d}"); break;
        }
        Assert.NotNull(node?.ToJsonString());
    }
}
