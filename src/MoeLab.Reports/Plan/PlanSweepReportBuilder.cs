using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;
using MoeLab.Core.Units;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Planning;
using static MoeLab.Reports.Plan.PlanNumbers;

namespace MoeLab.Reports.Plan;

/// <summary>
/// The plan across a range of budgets (<c>moelab plan --compute 1e18..1e24</c>): how the chosen M/N_a, N/N_a,
/// d and the width of the near-optimal band move with compute.
/// </summary>
public sealed class PlanSweepReportBuilder(IReadOnlyList<PlanResult> plans, string backbone, ReportContext context)
{
    public Report Build()
    {
        var columns = new[]
        {
            new Column("C", "FLOPs", "Training compute budget.", true),
            new Column("M_opt", "FLOPs/token", "Phase 0 target FLOPs per token.", true),
            new Column("D", "tokens", "Training tokens C / M of the chosen architecture.", true),
            new Column("L", "layers", Numeric: true), new Column("d", "dims", Numeric: true), new Column("d_m", "dims", Numeric: true),
            new Column("N_a", "params", "Active non-embedding parameters.", true),
            new Column("N", "params", "Total non-embedding parameters.", true),
            new Column("M/N_a", "FLOPs/param", Numeric: true), new Column("N/N_a", "ratio", Numeric: true),
            new Column("loss", "nats/token", "Oracle-predicted loss of the chosen architecture.", true),
            new Column("band M/N_a", "FLOPs/param", "Range of M/N_a within the near-optimal band."),
            new Column("band N/N_a", "ratio", "Range of N/N_a within the near-optimal band."),
            new Column("band d", "dims", "Range of d within the near-optimal band."),
            new Column("band size", "architectures", "Distinct buildable architectures in the band.", true),
        };
        var rows = new List<IReadOnlyList<Cell>>();
        var values = new JsonArray();
        var data = new JsonArray();
        foreach (var p in plans)
        {
            var a = p.Chosen; var s = a.Shape; var t = s.Triad; var b = p.Band;
            rows.Add(
            [
                new Cell(Sci(p.ComputeFlops), p.ComputeFlops), new Cell(Si(p.Split.FlopsPerToken), p.Split.FlopsPerToken), new Cell(Si(a.TokensD), a.TokensD),
                new Cell(s.Layers.ToString(), s.Layers), new Cell(s.HiddenSize.ToString(), s.HiddenSize), new Cell(s.ExpertHiddenSize.ToString(), s.ExpertHiddenSize),
                new Cell(Si(t.ActiveParams), t.ActiveParams), new Cell(Si(t.TotalParams), t.TotalParams),
                new Cell(UnitFormat.Invariant(t.FlopsPerActiveParam, "0.000"), t.FlopsPerActiveParam), new Cell(UnitFormat.Invariant(t.TotalPerActiveParam, "0.00"), t.TotalPerActiveParam),
                new Cell(UnitFormat.Invariant(a.Loss, "0.0000"), a.Loss),
                $"{b.FlopsPerActiveParam.Min:0.00}–{b.FlopsPerActiveParam.Max:0.00}", $"{b.TotalPerActive.Min:0.0}–{b.TotalPerActive.Max:0.0}",
                $"{b.HiddenSize.Min:0}–{b.HiddenSize.Max:0}", new Cell(UnitFormat.Exact(b.ArchitectureCount), b.ArchitectureCount),
            ]);
            foreach (var (series, value, lo, hi) in new[]
            {
                ("M/N_a", t.FlopsPerActiveParam, b.FlopsPerActiveParam.Min, b.FlopsPerActiveParam.Max),
                ("N/N_a", t.TotalPerActiveParam, b.TotalPerActive.Min, b.TotalPerActive.Max),
                ("d", s.HiddenSize, b.HiddenSize.Min, b.HiddenSize.Max),
            })
                values.Add(new JsonObject { ["compute"] = p.ComputeFlops, ["series"] = series, ["chosen"] = value, ["band_low"] = lo, ["band_high"] = hi });
            data.Add(PlanJson.Plan(p, backbone, null));
        }

        var first = plans[0];
        var blocks = new List<ReportBlock>
        {
            new KeyValues("Method",
            [
                new("Budgets", $"{plans.Count} from {Sci(plans[0].ComputeFlops)} to {Sci(plans[^1].ComputeFlops)} FLOPs"),
                new("Phase 0 split", first.Split.Source),
                new("Backbone", backbone),
                new("Loss oracle", first.OracleName),
                new("Near-optimal band", $"loss ≤ (1 + {first.Options.Epsilon:0.####})·min"),
            ]),
            new Note("How the choice is made",
                $"At every budget the oracle's RANKING of candidates ({first.OracleName}) drives the choice; absolute losses are the oracle's, not forecasts."),
            new Table("Plan across budgets", columns, rows),
            new Chart("Chosen value and near-optimal band across budgets", BandSpec(values)),
            new Chart("Band size across budgets", CountSpec(plans)),
        };
        return new Report($"MoE plans across {plans.Count} budgets", context, blocks, [],
            new JsonObject { ["backbone"] = backbone, ["plans"] = data });
    }

    private static JsonObject BandSpec(JsonArray values) => new()
    {
        ["$schema"] = VegaLite.SchemaUrl,
        ["title"] = "Chosen M/N_a, N/N_a and d with the near-optimal band, against compute",
        ["data"] = new JsonObject { ["values"] = values },
        ["facet"] = new JsonObject { ["row"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["title"] = null } },
        ["resolve"] = new JsonObject { ["scale"] = new JsonObject { ["y"] = "independent" } },
        ["spec"] = new JsonObject
        {
            // A facet cannot take the container's width; this fills the report's column beside the row labels.
            ["width"] = 860, ["height"] = 160,
            ["layer"] = new JsonArray(
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "area", ["opacity"] = 0.25 },
                    ["encoding"] = new JsonObject
                    {
                        ["x"] = LogCompute(),
                        ["y"] = new JsonObject { ["field"] = "band_low", ["type"] = "quantitative", ["scale"] = new JsonObject { ["zero"] = false }, ["title"] = "value" },
                        ["y2"] = new JsonObject { ["field"] = "band_high" },
                    },
                },
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "line", ["point"] = true },
                    ["encoding"] = new JsonObject
                    {
                        ["x"] = LogCompute(),
                        ["y"] = new JsonObject { ["field"] = "chosen", ["type"] = "quantitative" },
                    },
                }),
        },
    };

    private static JsonObject CountSpec(IReadOnlyList<PlanResult> plans)
    {
        var values = new JsonArray();
        foreach (var p in plans) values.Add(new JsonObject { ["compute"] = p.ComputeFlops, ["architectures"] = p.Band.ArchitectureCount });
        return new JsonObject
        {
            ["$schema"] = VegaLite.SchemaUrl,
            ["title"] = "Distinct buildable architectures in the near-optimal band",
            ["width"] = VegaLite.ContainerWidth, ["height"] = 220,
            ["data"] = new JsonObject { ["values"] = values },
            ["mark"] = new JsonObject { ["type"] = "line", ["point"] = true },
            ["encoding"] = new JsonObject
            {
                ["x"] = LogCompute(),
                ["y"] = new JsonObject { ["field"] = "architectures", ["type"] = "quantitative", ["title"] = "architectures in band" },
            },
        };
    }

    private static JsonObject LogCompute() => new()
    {
        ["field"] = "compute", ["type"] = "quantitative", ["scale"] = new JsonObject { ["type"] = "log" }, ["title"] = "training compute C (FLOPs)",
    };
}
