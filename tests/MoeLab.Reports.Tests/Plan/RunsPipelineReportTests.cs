using MoeLab.Core.Seed001;
using MoeLab.Reports.Model;
using MoeLab.Reports.Plan;
using MoeLab.Reports.Rendering;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Planning;
using MoeLab.Scaling.Tests.Planning;

namespace MoeLab.Reports.Tests.Plan;

/// <summary>The plan report of seed 001's runs pipeline: its blocks, warnings and JSON.</summary>
public sealed class RunsPipelineReportTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("moelab-runs-report-").FullName, "ladder.csv");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private Report Run(double compute, IReadOnlyList<double>? scales = null)
    {
        SyntheticLadder.PaperLike(noise: 0.002, seed: 1, scales: scales).WriteTo(_path);
        return new PlanRequest([compute], Seed001Backbone.Paper, PlanOptions.Default, "test", RunsPath: _path,
            RunsBootstrap: new BootstrapOptions { Resamples = 200, Seed = 1 }).Run();
    }

    [Fact]
    public void Run_MultiScaleTable_AddsFitsLawsIntervalsAndEveryChart()
    {
        var report = Run(1e21);

        var titles = report.Blocks.Select(b => b.Title).ToList();
        Assert.Contains("Per-scale curve fits", titles);
        Assert.Contains("Architecture across the intervals", titles);
        Assert.Equal(18 + 4, report.Blocks.OfType<Chart>().Count(c => c.Title.Contains("loss vs") || c.Title.Contains("against compute")));
        Assert.DoesNotContain(report.AllWarnings(), w => w.Code is "chart-non-finite" or "chart-log-non-positive");
        Assert.Contains(report.Warnings, w => w.Code == "runs-extrapolated");
        var summary = report.Blocks.OfType<KeyValues>().Single(k => k.Title == PlanReportBuilder.SummaryTitle);
        Assert.Contains(summary.Items, i => i.Key == "across intervals");
        Assert.StartsWith("runs: ", summary.Items.Single(i => i.Key == "M/N_a from").Value);
    }

    [Fact]
    public void Run_TwoScales_WarnsThatNothingChecksThePowerLawForm()
    {
        var report = Run(3e20, [1e19, 3e20]);

        Assert.Contains(report.Warnings, w => w.Code == "runs-two-scales");
        Assert.DoesNotContain(report.Warnings, w => w.Code == "runs-extrapolated");
    }

    [Fact]
    public void Render_Json_KeepsTheRunsPipelineRawAndFinite()
    {
        var json = JsonReportRenderer.Render(Run(1e21));

        Assert.Contains("\"runs_pipeline\"", json);
        Assert.Contains("\"exponent_interval\"", json);
        Assert.DoesNotContain("NaN", json);
    }
}
