using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;
using MoeLab.Core.Units;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Planning;
using static MoeLab.Reports.Plan.PlanNumbers;

namespace MoeLab.Reports.Plan;

/// <summary>
/// Builds the report of <c>moelab plan</c> for one budget: Phase 0's split, the chosen architecture with its
/// triad, the near-optimal band, how many candidates each stage kept, and charts of the Phase-1 surface (band
/// marked) and of loss against d at the Phase-1 choice.
/// </summary>
public sealed class PlanReportBuilder(PlanResult plan, string backbone, ReportContext context)
{
    /// <summary>Where the chosen architecture's MoeSpec JSON was written, if it was.</summary>
    public string? SpecPath { get; init; }

    /// <summary>The per-scale settings and their sources (null when the caller planned without them).</summary>
    public PlanSettings? Settings { get; init; }

    /// <summary>
    /// Phase 1's proxy loss over the whole rectangle (the chart draws it, ringing the points the plan searched); null:
    /// the plan's own Phase-1 points, which are the whole surface when nothing was held.
    /// </summary>
    public IReadOnlyList<ProxyPoint>? Phase1Surface { get; init; }

    /// <summary>The realizer of the plan, for the width ratio of the chosen shape.</summary>
    public IShapeRealizer? Realizer { get; init; }

    public Report Build()
    {
        var chosen = plan.Chosen;
        var s = chosen.Shape;
        var blocks = new List<ReportBlock>
        {
            Summary(),
            new KeyValues("Budget and method",
            [
                new("Training compute C", Sci(plan.ComputeFlops) + " FLOPs"),
                new("Phase 0 split", plan.Split.Source),
                new("M_opt (target FLOPs per token)", Si(plan.Split.FlopsPerToken, "FLOPs/token")),
                new("D_opt (target tokens)", Si(plan.Split.TokensD, "tokens")),
                new("Backbone", backbone),
                new("Loss oracle", plan.OracleName),
                new("Alignment of d and d_m", plan.Options.Alignment.ToString()),
                new("Near-optimal band", $"loss ≤ (1 + {plan.Options.Epsilon:0.####})·min"),
                new("Realised-M tolerance", $"±{plan.Options.MaxFlopsDeviation:P1} of M_opt"),
            ]),
            new Note("How the choice is made",
                $"The oracle is {plan.OracleName}: {plan.OracleDescription}. Its RANKING of candidates at this budget drives " +
                "the choice; its absolute loss values are only as good as the oracle and are shown for comparison, not as a forecast."),
            ArchitectureTable(chosen, plan.Split.FlopsPerToken, "Chosen architecture (best buildable architecture the oracle ranks first)"),
            SequentialNote(),
            BandTable(),
            CountsTable(),
            Phase1Chart(),
            WidthChart(),
            BandMembersTable(),
        };
        if (NeighboursTable() is { } neighbours) blocks.Insert(blocks.IndexOf(blocks.OfType<Note>().First(n => n.Title == "How the choice is made")) + 2, neighbours);
        if (SpecPath is not null)
            blocks.Insert(3, new Note("Architecture file", $"The chosen architecture was written as a MoeSpec JSON to {SpecPath} (read it back with `moelab inspect {SpecPath}`)."));

        return new Report($"MoE plan for C = {Sci(plan.ComputeFlops)} FLOPs — L = {s.Layers}, d = {s.HiddenSize}, d_m = {s.ExpertHiddenSize}",
            context, blocks, Warnings(), Json());
    }

    private JsonObject Json()
    {
        var json = PlanJson.Plan(plan, backbone, SpecPath);
        json["nearest_published"] = new JsonArray([.. Neighbours(6).Select(n => (JsonNode)new JsonObject
        {
            ["model"] = n.Name, ["active_params"] = n.ActiveParams, ["total_params"] = n.TotalParams,
            ["hidden_size"] = n.HiddenSize, ["layers"] = n.Layers, ["distance"] = n.Distance,
        })]);
        return json;
    }

    /// <summary>Title of the block the one-screen terminal view keeps.</summary>
    public const string SummaryTitle = "Plan";

    /// <summary>The one-screen view: the summary block only, warnings counted rather than printed.</summary>
    public static Report Compact(Report full)
    {
        var summary = full.Blocks.Where(b => b.Title == SummaryTitle).ToList();
        if (summary.Count == 0) return full;
        var count = full.AllWarnings().Count;
        var notes = count == 0 ? (IReadOnlyList<ReportWarning>)[] :
            [new ReportWarning($"{count} warning(s) and the full report (search, band members, sources): --verbose, --json or --html FILE.", "summary-only")];
        return full with { Blocks = summary, Warnings = notes };
    }

    private KeyValues Summary()
    {
        var a = plan.Chosen; var s = a.Shape; var t = s.Triad; var b = plan.Band;
        var items = new List<KeyValuePair<string, string>>
        {
            new("layers", $"L = {s.Layers} (L_d = {s.DenseLayers} dense, L_m = {s.MoeLayers} MoE)"),
            new("width", $"d = {s.HiddenSize}, d_m = {s.ExpertHiddenSize}" + (Realizer is { } r && !r.IsDense ? $", (K+1)·d_m/d = {r.WidthRatio(s):0.00}" : "") + $", d/L = {(double)s.HiddenSize / s.Layers:0.#}"),
        };
        if (Settings is { } set)
        {
            var bb = set.Defaults.Backbone;
            var q = Realizer is Seed001ShapeRealizer sr ? sr.Backbone : bb;
            items.Add(new("attention", $"N_q/N_kv/d_qkv = {q.QueryHeads}/{q.KvHeads}/{q.HeadDim} ({set.BackboneSource})"));
            items.Add(new("experts", $"{q.RoutedExperts} routed, top-{q.TopK}, {q.SharedExperts} shared"));
        }
        items.Add(new("params", $"N_a = {Si(t.ActiveParams)}, N = {Si(t.TotalParams)} (non-embedding); M/N_a = {t.FlopsPerActiveParam:0.###}, N/N_a = {t.TotalPerActiveParam:0.##}"));
        items.Add(new("tokens", $"D = {Si(a.TokensD, "tokens")} (M = {Si(t.FlopsPerToken, "FLOPs/token")}, {UnitFormat.PercentChange(a.FlopsDeviation)} from M_opt)"));
        if (Settings is { } st)
        {
            items.Add(new("learning rate", $"{st.Defaults.LearningRate:0.###e+0}, batch {st.Defaults.BatchSize} sequences"));
            items.Add(new("  from", st.Defaults.HyperparameterSource));
            items.Add(new("M/N_a from", st.FlopsRatioSource));
            items.Add(new("N/N_a from", st.TotalPerActiveSource));
        }
        if (Neighbours() is { Count: > 0 } near)
            items.Add(new("nearest published", string.Join(", ", near.Select(n => $"{n.Name} {Si(n.ActiveParams)}/{Si(n.TotalParams)}")) +
                $" (active/total, embeddings in; this plan {Si(PlannedWithEmbeddings().Active)}/{Si(PlannedWithEmbeddings().Total)})"));
        items.Add(new("predicted loss", $"{a.Loss:0.0000} nats/token ({plan.OracleName})"));
        items.Add(new("band", $"{UnitFormat.Exact(b.ArchitectureCount)} architectures within {b.Epsilon:0.####}: d {b.HiddenSize.Min:0}..{b.HiddenSize.Max:0}, L {b.Layers.Min:0}..{b.Layers.Max:0}"));
        return new KeyValues(SummaryTitle, items);
    }

    /// <summary>The planned model's active and total parameters counted as vendors publish them (embeddings and LM head in).</summary>
    private (double Active, double Total) PlannedWithEmbeddings()
    {
        var s = plan.Chosen.Shape;
        var embeddings = Realizer?.EmbeddingParams(s.HiddenSize) ?? 0;
        return (s.Triad.ActiveParams + embeddings, s.Triad.TotalParams + embeddings);
    }

    /// <summary>The published MoE models nearest the plan (only when the realizer can count its embeddings).</summary>
    private IReadOnlyList<PublishedNeighbour> Neighbours(int count = 3)
    {
        if (Realizer is null || Realizer.IsDense) return [];
        var (active, total) = PlannedWithEmbeddings();
        return PublishedNeighbours.Nearest(active, total, count);
    }

    private Table? NeighboursTable()
    {
        var near = Neighbours(6);
        if (near.Count == 0) return null;
        var s = plan.Chosen.Shape;
        var (active, total) = PlannedWithEmbeddings();
        var columns = new[]
        {
            new Column("model", Legend: "MoeLab's built-in presets (published configs), counted by MoeLab's accountant."),
            new Column("active", Numeric: true, Legend: "Active parameters per token, embeddings and LM head included."),
            new Column("total", Numeric: true, Legend: "Total parameters, embeddings and LM head included (MTP modules not)."),
            new Column("d", Numeric: true), new Column("L", Numeric: true), new Column("d/L", Numeric: true),
            new Column("distance", Numeric: true, Legend: "√(ln²(active ratio) + ln²(total ratio)) to the plan."),
        };
        Cell[] Row(string name, double a, double t, int d, int l, double? distance) =>
            [name, new Cell(Si(a), a), new Cell(Si(t), t), new Cell(d.ToString(), d), new Cell(l.ToString(), l),
             new Cell(UnitFormat.Invariant((double)d / l, "0.#"), (double)d / l),
             distance is { } x ? new Cell(UnitFormat.Invariant(x, "0.00"), x) : new Cell("—")];
        var rows = new List<IReadOnlyList<Cell>> { Row("planned", active, total, s.HiddenSize, s.Layers, null) };
        rows.AddRange(near.Select(n => Row(n.Name, n.ActiveParams, n.TotalParams, n.HiddenSize, n.Layers, n.Distance)));
        return new Table("Nearest published MoE models (by active and total parameters)", columns, rows);
    }

    private Table ArchitectureTable(PlannedArchitecture a, double targetFlops, string title)
    {
        var s = a.Shape;
        var t = s.Triad;
        var columns = new[]
        {
            new Column("quantity", Legend: "Integer shape and seed 001's triad (non-embedding, SwiGLU, router not counted)."),
            new Column("value", Numeric: true, Legend: "Realised by the rounded integer shape, recomputed by the accounting."),
            new Column("unit"),
        };
        Cell[] Row(string q, double v, string text, string unit) => [q, new Cell(text, v), unit];
        var rows = new List<IReadOnlyList<Cell>>
        {
            Row("layers L", s.Layers, s.Layers.ToString(), "layers"),
            Row("dense layers L_d", s.DenseLayers, s.DenseLayers.ToString(), "layers"),
            Row("MoE layers L_m", s.MoeLayers, s.MoeLayers.ToString(), "layers"),
            Row("hidden size d", s.HiddenSize, s.HiddenSize.ToString(), "dims"),
            Row("expert width d_m", s.ExpertHiddenSize, s.ExpertHiddenSize.ToString(), "dims"),
            Row("FLOPs per token M", t.FlopsPerToken, UnitFormat.Exact((long)t.FlopsPerToken), "FLOPs/token"),
            Row("M deviation from M_opt", a.FlopsDeviation, UnitFormat.PercentChange(a.FlopsDeviation), "relative"),
            Row("active params N_a", t.ActiveParams, UnitFormat.Exact((long)t.ActiveParams), "params"),
            Row("total params N", t.TotalParams, UnitFormat.Exact((long)t.TotalParams), "params"),
            Row("M/N_a", t.FlopsPerActiveParam, UnitFormat.Invariant(t.FlopsPerActiveParam, "0.000"), "FLOPs/param"),
            Row("N/N_a", t.TotalPerActiveParam, UnitFormat.Invariant(t.TotalPerActiveParam, "0.000"), "ratio"),
            Row("training tokens D = C/M", a.TokensD, Si(a.TokensD, "tokens"), "tokens"),
            Row("predicted loss", a.Loss, UnitFormat.Invariant(a.Loss, "0.00000"), "nats/token"),
        };
        return new Table(title, columns, rows,
            $"Target M_opt = {Si(targetFlops, "FLOPs/token")}; tokens absorb the rounding so that M·D = C.");
    }

    private Note SequentialNote()
    {
        var q = plan.SequentialChoice.Shape;
        var p = plan.Phase1Choice;
        var same = q.ArchitectureKey == plan.Chosen.Shape.ArchitectureKey;
        return new Note("Seed 001's sequential method",
            $"The paper's two-phase shortcut picks M/N_a = {p.FlopsPerActiveParam:0.###}, N/N_a = {p.TotalPerActive:0.###} at the proxy width " +
            $"d = {p.Hidden.Median:0} (median of [{p.Hidden.Min:0}, {p.Hidden.Max:0}]), then sweeps d there: L = {q.Layers}, L_d = {q.DenseLayers}, d = {q.HiddenSize}, " +
            $"d_m = {q.ExpertHiddenSize}, loss {plan.SequentialChoice.Loss:0.00000} nats/token. " +
            (same ? "It is the same architecture as the chosen one."
                  : $"It is {plan.SequentialGap:P3} worse than the chosen architecture, which scoring every buildable shape found " +
                    "(rounding L to an integer moves the realised M/N_a away from the Phase-1 grid point)."));
    }

    private Table BandTable()
    {
        var b = plan.Band;
        var columns = new[]
        {
            new Column("dimension", Legend: "A realised quantity of the architectures in the band."),
            new Column("min", Numeric: true, Legend: "Smallest value among band members."),
            new Column("max", Numeric: true, Legend: "Largest value among band members."),
            new Column("unit"),
        };
        IReadOnlyList<Cell> Row(string name, ValueRange r, string format, string unit) =>
            [name, new Cell(UnitFormat.Invariant(r.Min, format), r.Min), new Cell(UnitFormat.Invariant(r.Max, format), r.Max), unit];
        var rows = new List<IReadOnlyList<Cell>>
        {
            Row("M/N_a", b.FlopsPerActiveParam, "0.000", "FLOPs/param"),
            Row("N/N_a", b.TotalPerActive, "0.000", "ratio"),
            Row("d", b.HiddenSize, "0", "dims"),
            Row("L", b.Layers, "0", "layers"),
        };
        return new Table($"Near-optimal band: {UnitFormat.Exact(b.ArchitectureCount)} distinct buildable architectures within loss ≤ {UnitFormat.Invariant(b.LossCeiling, "0.00000")} nats/token", columns, rows,
            $"Band: loss ≤ min + ε·|min| with ε = {b.Epsilon:0.####} and min = {UnitFormat.Invariant(b.MinLoss, "0.00000")} nats/token (best admitted architecture over every Phase-1 point and width).");
    }

    private Table CountsTable()
    {
        var c = plan.Counts;
        var columns = new[] { new Column("stage"), new Column("count", "candidates", "How many candidates the stage holds.", true) };
        IReadOnlyList<Cell> Row(string stage, int n) => [stage, new Cell(UnitFormat.Exact(n), n)];
        return new Table("Search", columns,
        [
            Row("Phase 1 grid points (M/N_a × N/N_a)", c.Phase1Points),
            Row("… with a feasible width interval", c.Phase1Feasible),
            Row("Phase 2 (point, d) solves", c.Realizations),
            Row("… no valid integer shape after rounding", c.NotRealizable),
            Row($"… rejected: realised M off by > {plan.Options.MaxFlopsDeviation:P0}", c.OffTarget),
            Row("distinct buildable architectures", c.DistinctBuildable),
            Row("… admitted by the constraints", c.DistinctAdmitted),
        ]);
    }

    private Table BandMembersTable()
    {
        var columns = new[]
        {
            new Column("L", "layers", Numeric: true), new Column("L_d", "layers", Numeric: true), new Column("d", "dims", Numeric: true),
            new Column("d_m", "dims", Numeric: true), new Column("M", "FLOPs/token", Numeric: true), new Column("N_a", "params", Numeric: true),
            new Column("N", "params", Numeric: true), new Column("M/N_a", "FLOPs/param", Numeric: true), new Column("N/N_a", "ratio", Numeric: true),
            new Column("loss", "nats/token", "Oracle-predicted loss.", true),
        };
        var rows = plan.Band.BestMembers.Select(m =>
        {
            var s = m.Shape; var t = s.Triad;
            return (IReadOnlyList<Cell>)
            [
                new Cell(s.Layers.ToString(), s.Layers), new Cell(s.DenseLayers.ToString(), s.DenseLayers), new Cell(s.HiddenSize.ToString(), s.HiddenSize),
                new Cell(s.ExpertHiddenSize.ToString(), s.ExpertHiddenSize), new Cell(Si(t.FlopsPerToken), t.FlopsPerToken), new Cell(Si(t.ActiveParams), t.ActiveParams),
                new Cell(Si(t.TotalParams), t.TotalParams), new Cell(UnitFormat.Invariant(t.FlopsPerActiveParam, "0.000"), t.FlopsPerActiveParam),
                new Cell(UnitFormat.Invariant(t.TotalPerActiveParam, "0.000"), t.TotalPerActiveParam), new Cell(UnitFormat.Invariant(m.Loss, "0.00000"), m.Loss),
            ];
        }).ToList();
        return new Table($"Best {rows.Count} band members", columns, rows);
    }

    private Chart Phase1Chart()
    {
        var ceiling = plan.Band.LossCeiling;
        var surface = new JsonArray();
        foreach (var p in Phase1Surface ?? [.. plan.Phase1.Select(p => new ProxyPoint(p.FlopsPerActiveParam, p.TotalPerActive, p.ProxyLoss))])
            surface.Add(new JsonObject
            {
                ["attention_share"] = p.FlopsPerActiveParam - 6, ["m_over_na"] = p.FlopsPerActiveParam, ["n_over_na"] = p.TotalPerActive, ["proxy_loss"] = p.ProxyLoss,
            });
        var searched = new JsonArray();
        foreach (var p in plan.Phase1)
            searched.Add(new JsonObject
            {
                ["attention_share"] = p.FlopsPerActiveParam - 6,
                ["m_over_na"] = p.FlopsPerActiveParam,
                ["n_over_na"] = p.TotalPerActive,
                ["proxy_loss"] = p.ProxyLoss,
                ["in_band"] = p.BestLoss is { } best && best <= ceiling,
                ["searched"] = p == plan.Phase1Choice ? "Phase-1 choice" : p.BestLoss is { } b && b <= ceiling ? "searched, reaches the band" : "searched",
            });
        // A few points near the expansion limit score tens of nats where the rest of the grid differs in the third
        // decimal; colour spans the least loss to the 95th percentile, so the part of the surface that matters reads.
        var losses = surface.Select(p => p!["proxy_loss"]!.GetValue<double>()).Where(double.IsFinite).ToList();
        double colourFloor = losses.Count > 0 ? losses.Min() : 0, surfaceMax = losses.Count > 0 ? losses.Max() : 1;
        // R-7 (numpy's default), the quantile the bootstrap intervals use.
        var colourCeiling = losses.Count > 0 ? MathNet.Numerics.Statistics.Statistics.QuantileCustom(losses, 0.95, MathNet.Numerics.Statistics.QuantileDefinition.R7) : 1;
        if (!(colourCeiling > colourFloor)) colourCeiling = surfaceMax > colourFloor ? surfaceMax : colourFloor + 1e-9;

        // Only the kinds present get a legend entry, in this order.
        (string Kind, string Colour)[] ringKinds = [("Phase-1 choice", "#d62728"), ("searched, reaches the band", "#ff9896"), ("searched", "#7f7f7f")];
        var present = searched.Select(p => p!["searched"]!.GetValue<string>()).ToHashSet();
        var kinds = ringKinds.Where(k => present.Contains(k.Kind)).ToList();
        var held = plan.Phase1.Count < (Phase1Surface?.Count ?? plan.Phase1.Count);
        // The grid is geometric in M/N_a − 6, attention's FLOPs per active parameter (the matrix products give the 6),
        // so a log axis of it spaces the grid evenly where a log axis of M/N_a would crowd it against 6. Colour is the
        // proxy loss, brightest where it is least.
        var x = new JsonObject
        {
            ["field"] = "attention_share", ["type"] = "quantitative", ["title"] = "M/N_a − 6 (attention FLOPs per active param)",
            // Not "nice": a log scale rounded out to whole decades would add empty decades on both sides of the grid.
            ["scale"] = new JsonObject { ["type"] = "log", ["nice"] = false },
            ["axis"] = new JsonObject { ["format"] = "~g", ["labelOverlap"] = "greedy", ["labelSeparation"] = 6 },
        };
        var y = new JsonObject { ["field"] = "n_over_na", ["type"] = "quantitative", ["title"] = "N/N_a (total / active params)", ["scale"] = new JsonObject { ["zero"] = false } };
        var title = new JsonObject
        {
            ["text"] = held
                ? "Phase 1: proxy loss over (M/N_a, N/N_a); ringed: the held point(s) the plan searched"
                : "Phase 1: proxy loss over (M/N_a, N/N_a); ringed: the points searched, red where their widths reach the band",
        };
        if (colourCeiling < surfaceMax)
            title["subtitle"] = $"colour from the least loss to the 95th percentile ({colourCeiling:0.000} nats/token); " +
                $"the {losses.Count(l => l > colourCeiling)} points above it share its colour (up to {surfaceMax:0.###})";
        var spec = new JsonObject
        {
            ["$schema"] = VegaLite.SchemaUrl,
            ["title"] = title,
            ["width"] = VegaLite.ContainerWidth, ["height"] = 360,
            ["layer"] = new JsonArray(
                new JsonObject
                {
                    ["data"] = new JsonObject { ["values"] = surface },
                    ["mark"] = new JsonObject { ["type"] = "square", ["filled"] = true, ["size"] = 80, ["opacity"] = 0.95 },
                    ["encoding"] = new JsonObject
                    {
                        ["x"] = x, ["y"] = y,
                        ["color"] = new JsonObject
                        {
                            ["field"] = "proxy_loss", ["type"] = "quantitative",
                            ["title"] = "proxy loss (nats/token)",
                            ["scale"] = new JsonObject
                            {
                                ["scheme"] = "viridis", ["reverse"] = true, ["zero"] = false,
                                ["domain"] = new JsonArray(colourFloor, colourCeiling), ["clamp"] = true,
                            },
                            ["legend"] = new JsonObject { ["format"] = ".3f" },
                        },
                        ["tooltip"] = new JsonArray(Field("m_over_na"), Field("n_over_na"), Field("proxy_loss")),
                    },
                },
                new JsonObject
                {
                    ["data"] = new JsonObject { ["values"] = searched },
                    ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = false, ["size"] = 220, ["strokeWidth"] = 2.5 },
                    ["encoding"] = new JsonObject
                    {
                        ["x"] = x.DeepClone(), ["y"] = y.DeepClone(),
                        ["stroke"] = new JsonObject
                        {
                            ["field"] = "searched", ["type"] = "nominal", ["title"] = "Phase 1 searched",
                            ["scale"] = new JsonObject
                            {
                                ["domain"] = new JsonArray([.. kinds.Select(k => (JsonNode)k.Kind)]),
                                ["range"] = new JsonArray([.. kinds.Select(k => (JsonNode)k.Colour)]),
                            },
                        },
                        ["tooltip"] = new JsonArray(Field("m_over_na"), Field("n_over_na"), Field("proxy_loss"), Field("in_band")),
                    },
                }),
            ["resolve"] = new JsonObject { ["legend"] = new JsonObject { ["color"] = "independent", ["stroke"] = "independent" } },
        };
        return new Chart("Phase 1 surface with the near-optimal band", spec);
    }

    private Chart WidthChart()
    {
        var values = new JsonArray();
        foreach (var r in plan.Phase2AtChoice)
            values.Add(new JsonObject
            {
                ["d"] = r.HiddenSize,
                ["loss"] = r.Loss,
                ["outcome"] = r.Outcome.ToString(),
                ["layers"] = r.Shape?.Layers,
                ["flops_deviation"] = r.FlopsDeviation,
            });
        var p = plan.Phase1Choice;
        var spec = new JsonObject
        {
            ["$schema"] = VegaLite.SchemaUrl,
            ["title"] = $"Phase 2: loss vs d at M/N_a = {p.FlopsPerActiveParam:0.###}, N/N_a = {p.TotalPerActive:0.###}",
            ["width"] = VegaLite.ContainerWidth, ["height"] = 300,
            ["data"] = new JsonObject { ["values"] = values },
            ["transform"] = new JsonArray(new JsonObject { ["filter"] = "datum.loss != null" }),
            ["mark"] = new JsonObject { ["type"] = "point" },
            ["encoding"] = new JsonObject
            {
                ["x"] = new JsonObject { ["field"] = "d", ["type"] = "quantitative", ["title"] = "hidden size d (dims)", ["scale"] = new JsonObject { ["zero"] = false } },
                ["y"] = new JsonObject { ["field"] = "loss", ["type"] = "quantitative", ["scale"] = new JsonObject { ["zero"] = false }, ["title"] = "predicted loss (nats/token)" },
                ["color"] = new JsonObject { ["field"] = "outcome", ["type"] = "nominal" },
                ["tooltip"] = new JsonArray(Field("d"), Field("loss"), Field("layers"), Field("flops_deviation"), Field("outcome")),
            },
        };
        return new Chart("Loss vs d at the Phase-1 choice", spec);
    }

    private static JsonObject Field(string name) => new() { ["field"] = name };

    private List<ReportWarning> Warnings()
    {
        var warnings = new List<ReportWarning>();
        if (!plan.OracleSeesHiddenSize)
            warnings.Add(new("The loss oracle has no term in d: Phase 2 can only rank widths through the rounding of the triad, so any d in the band is as good.", "oracle-blind-to-d"));
        if (plan.SequentialGap > plan.Options.Epsilon)
            warnings.Add(new($"Seed 001's sequential choice is {plan.SequentialGap:P3} worse than the best architecture found by scoring every width: the rank-preserving proxy did not hold for this oracle at this budget.", "proxy-not-rank-preserving"));
        var xs = plan.Phase1.Select(q => q.FlopsPerActiveParam).ToList();
        var ys = plan.Phase1.Select(q => q.TotalPerActive).ToList();
        var choice = plan.Phase1Choice;
        if (xs.Count > 1 && (choice.FlopsPerActiveParam <= xs.Min() || choice.FlopsPerActiveParam >= xs.Max()))
            warnings.Add(new($"The Phase-1 choice M/N_a = {choice.FlopsPerActiveParam:0.###} lies on the edge of the searched range: the oracle keeps improving past it.", "edge-of-rectangle"));
        if (ys.Distinct().Count() > 1 && (choice.TotalPerActive <= ys.Min() || choice.TotalPerActive >= ys.Max()))
            warnings.Add(new($"The Phase-1 choice N/N_a = {choice.TotalPerActive:0.###} lies on the edge of the searched range: the oracle keeps improving past it.", "edge-of-rectangle"));
        return warnings;
    }
}
