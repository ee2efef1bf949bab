using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;
using MoeLab.Sectional;
using static MoeLab.Core.Units.UnitFormat;
using static MoeLab.Reports.Sectional.SectionalNumbers;

namespace MoeLab.Reports.Sectional;

/// <summary>
/// Builds the `moelab sectional` report from a <see cref="SectionalAnalysis"/>: inputs and overhead, the cost
/// curve over E under both costings, the optima (closed form, numeric, integer, diminishing returns), the cost
/// terms at the chosen E, the dense and top-k MoE comparison, what is the paper's and what is MoeLab's, and
/// what sectioning gives up.
/// </summary>
public static class SectionalReportBuilder
{
    public static Report Build(SectionalAnalysis analysis, ReportContext context)
    {
        var model = analysis.Model;
        var spec = model.Spec;
        var blocks = new List<ReportBlock>
        {
            Inputs(analysis),
            CurveTable(analysis),
            CurveChart(analysis),
            Optima(analysis),
            TermsTable(analysis),
            Comparison(analysis),
            Provenance(analysis),
            Honesty(analysis),
        };
        var chart = (Chart)blocks[2];
        var warnings = analysis.Warnings.Select(w => new ReportWarning(w, "sectional")).Concat(chart.Warnings).ToList();
        return new Report($"Sectional MoE (seed 002): d = {spec.ModelWidth}, n = {spec.SequenceTokens} on {model.Hardware.Name} — cost and optimal expert count",
            context, blocks, warnings, SectionalReportData.Build(analysis));
    }

    private static KeyValues Inputs(SectionalAnalysis a)
    {
        var spec = a.Model.Spec;
        var hw = a.Model.Hardware;
        var items = new List<KeyValuePair<string, string>>
        {
            new("Model width d", spec.ModelWidth.ToString()),
            new("Sequence n", $"{spec.SequenceTokens} tokens"),
            new("Reduced sequence n'", spec.ReducedLength.ToString()),
            new("Pre-expert attention layer", spec.HasPreExpertLayer ? $"yes, {spec.PreExpertHeads} heads" : "no"),
            new("Section experts", spec.ExpertKind == SectionExpertKind.Ffn
                ? $"FFN, hidden r·d/E with r = {Invariant(spec.FfnRatio, "0.###")}, {spec.FfnMatrices} matrices"
                : $"transformer block ({spec.SectionHeads} heads per section) + FFN r = {Invariant(spec.FfnRatio, "0.###")}, {spec.FfnMatrices} matrices"),
            new("Mixing projection after merge", spec.HasMixingProjection ? "yes (d×d)" : "no"),
            new("Up-sampling to n", spec.ReducesSequence ? spec.Upsampling.ToString() : "not needed (n' = n)"),
            new("Bytes per element", spec.BytesPerElement.ToString()),
            new("Hardware", $"{hw.Name}: {SiFixed(hw.AcceleratorFlopsPerSecond, "FLOP/s")} peak {hw.AcceleratorDtype}, link {SiFixed(hw.LinkBandwidthBytesPerSecond, "B/s")}, "
                + $"{Seconds(hw.LinkLatencySeconds)}/message, {Seconds(hw.KernelLaunchLatencySeconds)}/kernel, {SiFixed(hw.FastTierCapacityBytes, "B")} per device"),
            new("Overhead, total work", Overhead(a.Model.TotalWorkOverhead)),
            new("Overhead, critical path", Overhead(a.Model.CriticalPathOverhead)),
            new("Memory limit", a.Search.MemoryLimitBytes is double m ? SiFixed(m, "B") : "none"),
            new("E searched", $"1..{a.Search.MaxExpertCount}, buildable only (E | d; E | n when n' = n/E; section heads | d/E)"),
            new("Comparisons made at", a.IsFixedByUser
                ? $"E = {a.ComparedExpertCount} (given with --experts)"
                : $"the integer optimum of the {SectionalAnalysis.Describe(a.Objective)} costing: E = {a.ComparedExpertCount}"),
        };
        return new KeyValues("Inputs", items);
    }

    private static string Overhead(OverheadModel o) =>
        $"γ2 = {Seconds(o.Gamma2Seconds)}, γ1 = {Seconds(o.Gamma1Seconds)}, γ0 = {Seconds(o.Gamma0Seconds)}"
        + (o.LinkSecondsPerReducedToken > 0 ? $", link {Seconds(o.LinkSecondsPerReducedToken)} per n' token × (1 − 1/E)" : "")
        + $" — {o.Origin}";

    private static Table CurveTable(SectionalAnalysis a)
    {
        bool varyingTokens = a.Model.Spec.ReducedLength.Kind == ReducedLengthKind.DividedByExpertCount;
        var columns = new List<Column>
        {
            new("E", "sections", "Number of sections (experts), each owning d/E coordinates.", true),
            new("d/E", "coords", "Section width.", true),
        };
        if (varyingTokens) columns.Add(new("n'", "tokens", "Sequence length the sections see (n/E).", true));
        columns.AddRange(
        [
            new("work", "MACs", "Total work: all multiply-accumulates of the layer for one sequence (FLOPs = 2 × MACs).", true),
            new("work time", "s", "2·MACs / peak FLOP/s + total-work overhead (one device running every section).", true),
            new("path", "MACs", "Critical path: shared parts + one section's MACs (the slowest of E devices).", true),
            new("path time", "s", "Critical-path MACs at peak + critical-path overhead: wall clock on E devices.", true),
            new("weights", "params", "Parameters of the whole layer (no biases or norms).", true),
            new("mem/dev", "bytes", "Parameters + activations on the busiest of E devices (shared parts + one section).", true),
            new("fits", null, "Whether the memory the objective costing needs is within the limit."),
        ]);
        var optimum = a.Optimum(a.Objective);
        var rows = optimum.Ladder.Select(p =>
        {
            var s = p.Point;
            var cells = new List<Cell> { new(s.ExpertCount.ToString(), s.ExpertCount), new(Invariant(s.SectionWidth, "0.###"), s.SectionWidth) };
            if (varyingTokens) cells.Add(new(Invariant(s.ReducedTokens, "0.###"), s.ReducedTokens));
            cells.AddRange(
            [
                new(SiFixed(s.TotalMacs), s.TotalMacs),
                new(Seconds(s.TotalWorkSeconds), s.TotalWorkSeconds),
                new(SiFixed(s.CriticalPathMacs), s.CriticalPathMacs),
                new(Seconds(s.CriticalPathSeconds), s.CriticalPathSeconds),
                new(SiFixed(s.Params), s.Params),
                new(SiFixed(s.DeviceMemoryBytes, "B"), s.DeviceMemoryBytes),
                new(p.FitsMemory ? "yes" : "no"),
            ]);
            return (IReadOnlyList<Cell>)cells;
        }).ToList();
        return new Table("Cost vs E (one layer, one sequence, forward)", columns, rows,
            "Only buildable E are listed. MACs count matrix products; softmax, norms and activations are element-wise and left out. "
            + "Each E's overhead in seconds is in the JSON output (optima.*.curve).");
    }

    private static Chart CurveChart(SectionalAnalysis a)
    {
        var ladder = a.Optimum(a.Objective).Ladder;
        var series = new[]
        {
            new ChartSeries("total work", ladder.Select(p => new ChartPoint(p.Point.ExpertCount, p.Point.TotalWorkSeconds)).ToList()),
            new ChartSeries("critical path (E devices)", ladder.Select(p => new ChartPoint(p.Point.ExpertCount, p.Point.CriticalPathSeconds)).ToList()),
        };
        var overlays = new List<ChartOverlay>();
        foreach (var o in new[] { a.TotalWork, a.CriticalPath })
            if (o.IntegerOptimum is not null)
                overlays.Add(new RuleOverlay(OverlayAxis.X, o.IntegerOptimum.ExpertCount, $"optimum, {SectionalAnalysis.Describe(o.Costing)}: E = {o.IntegerOptimum.ExpertCount}"));
        var dr = a.Optimum(a.Objective).DiminishingReturns;
        if (dr is not null)
            overlays.Add(new RuleOverlay(OverlayAxis.X, dr.ExpertCount, $"diminishing returns ({SectionalAnalysis.Describe(a.Objective)}): E = {dr.ExpertCount}"));
        return VegaLite.Line("Time per layer vs number of sections E",
            new ChartAxis("Sections E", "experts", Log: true), new ChartAxis("Time per layer and sequence", "s", Log: true), series, overlays);
    }

    private static KeyValues Optima(SectionalAnalysis a)
    {
        var items = new List<KeyValuePair<string, string>>();
        foreach (var o in new[] { a.TotalWork, a.CriticalPath })
        {
            string name = SectionalAnalysis.Describe(o.Costing);
            items.Add(new($"{name}: time(E)", $"{o.SecondsPolynomial} s"));
            items.Add(new($"{name}: closed form", o.ClosedForm is { } c
                ? $"E* = {Invariant(c.ExpertCount, "0.####")} ({Seconds(c.Seconds)}){(c.AtBound ? ", at an end of the range" : "")} — {o.ClosedFormExplanation}"
                : o.ClosedFormExplanation));
            items.Add(new($"{name}: numeric", $"E* = {Invariant(o.Numeric.ExpertCount, "0.####")} ({Seconds(o.Numeric.Seconds)}) — {o.Numeric.Method}; "
                + $"{o.Numeric.Iterations} iterations, ended: {o.Numeric.ExitCondition}"));
            items.Add(new($"{name}: integer optimum", o.IntegerOptimum is { } i
                ? $"E = {i.ExpertCount} ({Seconds(i.Seconds(o.Costing))}; E = 1 costs {Seconds(o.Ladder[0].Point.Seconds(o.Costing))})"
                : "none: no buildable E fits the memory limit"));
            items.Add(new($"{name}: diminishing returns", o.DiminishingReturns is { } d
                ? (o.DiminishingReturnsReached
                    ? $"E = {d.ExpertCount}: the next buildable E saves less than {SectionalNumbers.Percent(o.DiminishingReturnsFraction)} of the time at E"
                    : $"not reached: every step up to E = {d.ExpertCount} still saves ≥ {SectionalNumbers.Percent(o.DiminishingReturnsFraction)}")
                : "none"));
        }
        return new KeyValues("Optimal number of sections", items);
    }

    private static Table TermsTable(SectionalAnalysis a)
    {
        long e = a.ComparedExpertCount;
        var columns = new List<Column>
        {
            new("term", null, "Component of the sectional layer (MoeLab's derivation)."),
            new("formula (MACs)", null, "Multiply-accumulates summed over sections; w = d/E, n' reduced tokens, r FFN ratio, m FFN matrices."),
            new("runs", null, "shared: once, on one device; per section: split across the E devices."),
            new("MACs", "MACs", "Multiply-accumulates, all sections.", true),
            new("FLOPs", "FLOPs", "2 × MACs.", true),
            new("critical-path MACs", "MACs", "This term's share of the critical path.", true),
            new("params", "params", "Weights of this term, all sections.", true),
            new("activations", "elements", "Outputs of its matrix products and score matrices, all sections.", true),
        };
        var rows = a.Model.Terms.Select(t =>
        {
            double macs = t.Macs.Evaluate(e), cp = t.CriticalPathMacs.Evaluate(e), p = t.Params.Evaluate(e), act = t.ActivationElements.Evaluate(e);
            return (IReadOnlyList<Cell>)
            [
                new Cell(t.Name), new Cell(t.Formula), new Cell(t.Placement == TermPlacement.Shared ? "shared" : "per section"),
                new Cell(SiFixed(macs), macs), new Cell(SiFixed(2 * macs), 2 * macs), new Cell(SiFixed(cp), cp),
                new Cell(SiFixed(p), p), new Cell(SiFixed(act), act),
            ];
        }).ToList();
        return new Table($"Cost terms at E = {e}", columns, rows);
    }

    private static Table Comparison(SectionalAnalysis a)
    {
        var columns = new List<Column>
        {
            new("design", null, "The layer compared."),
            new("params", "params", "Parameters (no biases, norms or embeddings).", true),
            new("total MACs", "MACs", "All multiply-accumulates for one sequence.", true),
            new("total FLOPs", "FLOPs", "2 × MACs.", true),
            new("critical-path MACs", "MACs", "Work on the slowest device when spread over E devices (top-k: perfectly balanced routing).", true),
            new("detail", null, "What the row assumes."),
        };
        var dense = a.Dense;
        var s = a.Compared;
        Cell N(double v) => new(SiFixed(v), v);
        var rows = new List<IReadOnlyList<Cell>>
        {
            new[] { new Cell(dense.HasAttention ? "dense transformer block" : "dense FFN"), N(dense.TotalParams), N(dense.TotalMacs), N(2 * dense.TotalMacs), N(dense.TotalMacs),
                new Cell(dense.HasAttention ? "self-attention over n + FFN r·d; one device" : "FFN r·d (the sectional layer has no attention); one device") },
            new[] { new Cell($"sectional, E = {s.ExpertCount}"), N(s.Params), N(s.TotalMacs), N(2 * s.TotalMacs), N(s.CriticalPathMacs),
                new Cell($"sections of width {Invariant(s.SectionWidth, "0.###")} over n' = {Invariant(s.ReducedTokens, "0.###")}") },
        };
        foreach (var t in new[] { a.TopKEqualParams, a.TopKEqualMacs })
            rows.Add(t.IsPossible
                ? new[] { new Cell($"top-{t.ActiveExperts} MoE, {t.Basis}"), N(t.TotalParams), N(t.TotalMacs), N(2 * t.TotalMacs), N(t.CriticalPathMacs),
                    new Cell($"{t.ExpertCount} experts of hidden width {Invariant(t.ExpertHiddenWidth, "0.#")}, router d×{t.ExpertCount}"
                        + (t.ActiveExperts >= t.ExpertCount ? "; k = N_e: every expert is active, so both bases coincide" : "")) }
                : new[] { new Cell($"top-{t.ActiveExperts} MoE, {t.Basis}"), new Cell("—"), new Cell("—"), new Cell("—"), new Cell("—"),
                    new Cell("impossible: attention and router alone exceed the sectional layer's budget") });
        return new Table($"Comparison at E = {s.ExpertCount}", columns, rows,
            "Overheads are left out of this table (they depend on the deployment); the cost table above includes them for the sectional layer.");
    }

    private static Note Provenance(SectionalAnalysis a)
    {
        var spec = a.Model.Spec;
        double aTrad = PaperSectionalModel.TraditionalQkvMacs(spec.SequenceTokens, spec.ModelWidth);
        return new Note("What is the paper's and what is MoeLab's",
            $"Seed 002 (Sane, arXiv 2503.20750) is reachable only as its abstract and one formula: the traditional QKV cost "
            + $"A_trad = L·3·d0² = {SiFixed(aTrad)} MACs here, reproduced as written (PaperSectionalModel), and the form of its total: QKV cost "
            + "+ attention-score cost + an overhead γ2·E² + γ1·E + γ0, minimised in closed form where possible; a secondary summary adds that "
            + "the sectional QKV cost is split into A_pre (pre-expert block) and A_experts (inside the experts), without the formulas. "
            + "Everything else in this report is "
            + "MoeLab's own derivation of the architecture the paper describes in words: each cost term above, the two costings, the physical "
            + "overhead default (messages, kernel launches, link bytes from the hardware profile), the divisibility and memory rules, and "
            + "the comparisons. MoeLab's pre-expert QKV term equals A_trad exactly when n' = n, and its section QKV term E·3·n'·(d/E)² = 3·n'·d²/E "
            + "is the natural reading of A_experts (unverified against the paper). Closed forms: time(E) is a sum of powers of E, "
            + "so the optimum is closed-form exactly when E^q·time'(E) is a polynomial of degree ≤ 3 (solved by Cardano's formula); otherwise "
            + "the report says so and gives the numeric optimum.");
    }

    private static Note Honesty(SectionalAnalysis a)
    {
        var spec = a.Model.Spec;
        var s = a.Compared;
        long e = s.ExpertCount;
        double d = spec.ModelWidth, r = spec.FfnRatio, m = spec.FfnMatrices;
        double denseFfnParams = m * r * d * d, sectionFfnParams = denseFfnParams / e;
        double np = s.ReducedTokens;
        double summedScores = 2 * np * np * d;
        string scores = spec.ExpertKind == SectionExpertKind.TransformerBlock
            ? $"Summed over the {e} sections the attention-score work is E·2·n'²·(d/E) = 2·n'²·d = {SiFixed(summedScores)} MACs — the same as one "
              + "full-width attention over n' tokens: splitting the width does not shrink it; only a shorter sequence (n' = n/E or fixed) does. "
            : "The section experts have no attention of their own; the pre-expert attention still costs 2·n'·n·d score MACs at full width. ";
        string parallel = $"Where the savings come from: at E = {e} the total work is {SiFixed(s.TotalMacs)} MACs against {SiFixed(s.CriticalPathMacs)} on the "
            + $"critical path; the difference is parallelism over {e} devices, not less arithmetic. ";
        return new Note("What sectioning gives up",
            $"A fixed slice-to-expert assignment is a block-diagonal layer: every expert sees only d/E = {Invariant(s.SectionWidth, "0.###")} of the d = {spec.ModelWidth} "
            + $"coordinates, so the FFN has {SiFixed(sectionFfnParams)} parameters instead of {SiFixed(denseFfnParams)} (1/E) and each output coordinate "
            + $"mixes 1/E of the inputs a dense FFN mixes. There is no routing: every token uses every section. "
            + (spec.HasMixingProjection ? "The mixing projection restores cross-section mixing at n'·d² MACs and d² parameters. " : "No mixing projection is configured, so nothing restores cross-section mixing inside the layer. ")
            + scores + parallel
            + "Quality is not modelled at all: a block-diagonal layer with 1/E of the parameters is not expected to match a dense one, and the engine issue is where that gets measured.");
    }

    /// <summary>The one-screen terminal view: the inputs, the optimal E and the comparison at it.</summary>
    public static Report Concise(Report full) => ConciseView.Keep(full, b =>
        b.Title is "Inputs" or "Optimal number of sections" || b.Title.StartsWith("Comparison at E = ", StringComparison.Ordinal));
}
