using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Tests;

/// <summary>Reports that exercise every block kind, every escaping hazard and a non-finite number.</summary>
internal static class SampleReports
{
    public const string ReportWarning = "Fit did not converge after 200 iterations (gradient norm 3.1e-2).";
    public const double TotalParams = 46_702_792_704;
    public const double ActiveParams = 12_879_925_248;

    public static readonly Column[] BreakdownColumns =
    [
        new("Component", Legend: "Which part of the model."),
        new("Total", "params", "Parameters stored, every expert counted.", Numeric: true),
        new("Active", "params", "Parameters used for one token (top-k experts).", Numeric: true),
        new("Share", "%", "Active as a share of total.", Numeric: true),
    ];

    public static Report Full()
    {
        var table = new Table("Parameter breakdown", BreakdownColumns,
        [
            [new Cell("routed experts"), new Cell("45.10 B", 45_097_156_608), new Cell("11.27 B", 11_274_289_152), new Cell("25.0", 25.0)],
            [new Cell("attention | GQA"), new Cell("1.34 B", 1_342_177_280), new Cell("1.34 B", 1_342_177_280), new Cell("100.0", 100.0)],
            [new Cell("total"), new Cell("46.70 B", TotalParams), new Cell("12.88 B", ActiveParams), new Cell("27.6", 27.58)],
        ], Note: "Embeddings and LM head included.");

        var chart = VegaLite.Line("Loss vs tokens", new ChartAxis("Training tokens", "tokens", Log: true), new ChartAxis("Loss", "nats/token"),
        [
            new ChartSeries("8 experts", [new(1e9, 3.5), new(1e10, 3.0), new(1e11, double.NaN)]),
            new ChartSeries("64 experts", [new(1e9, 3.3), new(1e10, 2.8)]),
        ],
        [new RuleOverlay(OverlayAxis.Y, 2.9, "target loss")]);

        return new Report(
            "Mixtral-8x7B — parameters, FLOPs and memory",
            new ReportContext("moelab inspect mixtral-8x7b", [KeyValuePair.Create("model", "mixtral-8x7b")], Seed: 42),
            [
                table,
                new KeyValues("Summary", [KeyValuePair.Create("Total params", "46.70 B"), KeyValuePair.Create("Experts", "8, top-2")]),
                new Note("Convention", "Counts follow the vendor's convention.\nThe LM head is untied."),
                chart,
            ],
            [new ReportWarning(ReportWarning, "fit-not-converged")],
            new JsonObject { ["total_params"] = TotalParams, ["bad_ratio"] = double.NaN, ["list"] = new JsonArray(1.0, double.PositiveInfinity) });
    }

    /// <summary>The same report with only tables and text: no chart, so HTML needs no scripts.</summary>
    public static Report TablesOnly()
    {
        var full = Full();
        return full with { Blocks = full.Blocks.Where(b => b is not Chart).ToList() };
    }

    public static IEnumerable<string> ChartWarnings(Report report) =>
        report.Blocks.OfType<Chart>().SelectMany(c => c.Warnings).Select(w => w.Message);
}
