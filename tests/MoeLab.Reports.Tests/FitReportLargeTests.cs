using System.Text.Json.Nodes;
using MoeLab.Core.Randomness;
using MoeLab.Reports.Fit;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Reports.Tests;

/// <summary>
/// A fit of many runs draws and keeps an even sample of its residuals (building a million-point chart took longer
/// than the fit), and says so; a fit of fewer runs keeps every residual.
/// </summary>
public sealed class FitReportLargeTests
{
    private static FitOutcome Fit(int runs)
    {
        var law = new ChinchillaLaw(1.82, 482, 2085, 0.3478, 0.3658);
        var rng = SplitMix64.ForStream(5);
        var points = Enumerable.Range(1, runs).Select(row =>
        {
            var n = Math.Exp(Math.Log(1e7) + rng.NextDouble() * Math.Log(1e3));
            var d = Math.Exp(Math.Log(1e9) + rng.NextDouble() * Math.Log(1e3));
            return new RunPoint(n, d, 6 * n * d, law.Loss(n, d) * Math.Exp(0.01 * rng.NextGaussianUnpaired()), row);
        }).ToList();
        var form = LawForms.Create("chinchilla") with { Starts = StartGrids.Product([[5.0, 10], [5.0, 10], [0.5], [0.3], [0.3]]) };
        return FitService.Run(new FitRequest(new RunTable("runs.csv", points), form, new FitOptions()));
    }

    private static JsonArray ChartValues(Report report, string title) =>
        report.Blocks.OfType<Chart>().Single(c => c.Title == title).Spec["layer"] is JsonArray layers
            ? layers[0]!["data"]!["values"]!.AsArray()
            : report.Blocks.OfType<Chart>().Single(c => c.Title == title).Spec["data"]!["values"]!.AsArray();

    [Fact]
    public void ManyRuns_ChartsAndDataKeepAnEvenSampleAndSaySo()
    {
        var outcome = Fit(25_000);
        var report = FitReportBuilder.Build(outcome, new ReportContext("moelab fit runs.csv", []));
        var data = report.Data!;
        var residuals = data["residuals"]!.AsArray();
        Assert.Equal(FitReportBuilder.ResidualsKept, residuals.Count);
        Assert.Equal(25_000, data["residuals_total"]!.GetValue<int>());
        // Evenly spaced in file order: the i-th kept run is row ⌊i·25000/10000⌋ + 1.
        int[] probes = [0, 1, 2, 3, 4999, 9999];
        Assert.Equal(probes.Select(i => (long)(i * 25_000L / 10_000) + 1), probes.Select(i => residuals[i]!["row"]!.GetValue<long>()));
        foreach (var title in new[] { "Loss vs compute with the fitted frontier", "Residuals" })
        {
            Assert.Equal(FitReportBuilder.ResidualsKept, ChartValues(report, title).Count);
            Assert.Contains("10000 of the 25000 runs are drawn", report.Blocks.OfType<Chart>().Single(c => c.Title == title).Spec["description"]!.GetValue<string>());
        }
        // Screening is reported where the start counts are.
        Assert.Equal(20_000, data["fit"]!["screening"]!["sample_runs"]!.GetValue<int>());
        Assert.Contains(report.Blocks.OfType<KeyValues>().Single(b => b.Title == "Fit").Items, i => i.Key == "Screening");
    }

    [Fact]
    public void FewRuns_EveryResidualKept()
    {
        var report = FitReportBuilder.Build(Fit(500), new ReportContext("moelab fit runs.csv", []));
        Assert.Equal(500, report.Data!["residuals"]!.AsArray().Count);
        Assert.Null(report.Data!["residuals_total"]);
        Assert.Null(report.Data!["fit"]!["screening"]);
        Assert.Equal(500, ChartValues(report, "Residuals").Count);
    }
}
