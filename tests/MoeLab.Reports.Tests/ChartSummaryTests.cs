using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Tests;

public class ChartSummaryTests
{
    [Fact]
    public void From_LayeredLine_ReadsSeriesRangesAndOverlays()
    {
        var chart = SampleReports.Full().Blocks.OfType<Chart>().Single();

        var summary = ChartSummary.From(chart);

        Assert.Equal("line", summary.Mark);
        Assert.Equal(4, summary.PointCount);
        Assert.Equal(["8 experts", "64 experts"], summary.Series);
        var x = summary.Axes.Single(a => a.Channel == "x");
        Assert.Equal((1e9, 1e10, true), (x.Min!.Value, x.Max!.Value, x.Log));
        var y = summary.Axes.Single(a => a.Channel == "y");
        Assert.Equal((2.8, 3.5), (y.Min!.Value, y.Max!.Value));
        Assert.Equal(["target loss (rule)"], summary.Overlays);
    }

    [Fact]
    public void From_Heatmap_CountsCategoriesAndColourRange()
    {
        var chart = VegaLite.Heatmap("h", new ChartAxis("Expert"), new ChartAxis("Layer"), new ChartAxis("Hits", "tokens"),
            [new("0", "0", 5), new("1", "0", 7), new("0", "1", 2)]);

        var summary = ChartSummary.From(chart);

        Assert.Equal(2, summary.Axes.Single(a => a.Channel == "x").Categories);
        var color = summary.Axes.Single(a => a.Channel == "color");
        Assert.Equal((2.0, 7.0), (color.Min!.Value, color.Max!.Value));
        Assert.Contains("color Hits (tokens): 2 … 7", summary.Describe());
    }

    [Fact]
    public void From_HandWrittenSpecWithoutData_GivesAnEmptySummary()
    {
        var summary = ChartSummary.From(new Chart("c", new JsonObject { ["mark"] = "bar" }));
        Assert.Equal("bar chart, 0 points", summary.Describe());
    }
}
