using System.Globalization;
using MoeLab.Core.Import;
using MoeLab.Core.Seed001;
using MoeLab.Core.Validation;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Planning;
using MoeLab.Scaling.Planning.MultiScale;
using MoeLab.Scaling.Planning.Defaults;
using MoeLab.Scaling.Presets;

namespace MoeLab.Reports.Plan;

/// <summary>Everything <c>moelab plan</c> was asked, before any planning.</summary>
/// <param name="Budgets">One budget, or several for a sweep.</param>
/// <param name="Backbone">Experts, top-k, shared, context and vocabulary; its attention is replaced per scale unless <paramref name="Attention"/> is given.</param>
/// <param name="LawPath">Phase 0 from a law file written by <c>moelab fit</c>; null for seed 001's law.</param>
/// <param name="FixedTokens">Data-limited planning: the token budget D.</param>
/// <param name="RunsPath">Runs to fit seed 001's curve forms to: at one scale (the oracle), or at several (a <c>c</c> column: the runs pipeline).</param>
/// <param name="Oracle">A law preset name or law file used as the oracle when no runs are given.</param>
/// <param name="FlopsPerActiveParam">Hold M/N_a at this value.</param>
/// <param name="TotalPerActive">Hold N/N_a at this value.</param>
/// <param name="SpecOut">Where to write the chosen architecture's MoeSpec JSON (single budget only).</param>
/// <param name="Attention">(N_q, N_kv, d_qkv) the user fixed; null for seed 001's per-scale attention.</param>
/// <param name="Shapes">Width-ratio and aspect limits; null turns them off.</param>
/// <param name="RunsBootstrap">Resamples, seed and level of the intervals when <paramref name="RunsPath"/> is a multi-scale table.</param>
public sealed partial record PlanRequest(
    IReadOnlyList<double> Budgets,
    Seed001Backbone Backbone,
    PlanOptions Options,
    string Command,
    string? LawPath = null,
    double? FixedTokens = null,
    string? RunsPath = null,
    string Oracle = PlanRequest.DefaultOraclePreset,
    double? FlopsPerActiveParam = null,
    double? TotalPerActive = null,
    string? SpecOut = null,
    (int QueryHeads, int KvHeads, int HeadDim)? Attention = null,
    ShapeLimits? Shapes = null,
    BootstrapOptions? RunsBootstrap = null)
{
    public const string DefaultOraclePreset = "krajewski2024";

    /// <summary>Seed 001's reported optimum at 3e20 FLOPs (M/N_a ≈ 8.2): the fallback when the aspect rule finds no M/N_a.</summary>
    public const double PaperFlopsPerActiveParam = 8.2;

    /// <summary>Parses <c>1e21</c> or a range <c>1e18..1e24</c> (log-spaced, <paramref name="steps"/> budgets).</summary>
    public static IReadOnlyList<double> ParseBudgets(string text, int steps)
    {
        double Number(string s) =>
            double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0
                ? v
                : throw new InvalidInputException($"'{s}' is not a positive finite number of FLOPs (e.g. 1e21 or 1e18..1e24)", field: "compute");
        var parts = text.Split("..");
        if (parts.Length == 1) return [Number(parts[0])];
        if (parts.Length != 2) throw new InvalidInputException($"'{text}' is not a budget or a range like 1e18..1e24", field: "compute");
        double lo = Number(parts[0]), hi = Number(parts[1]);
        Preconditions.That(hi > lo, $"the range {text} must go from low to high", "compute");
        Preconditions.InRange(steps, 2, 1000, "steps");
        return Enumerable.Range(0, steps).Select(i => Math.Pow(10, Math.Log10(lo) + (Math.Log10(hi) - Math.Log10(lo)) * i / (steps - 1))).ToList();
    }

    /// <summary>Parses --width-ratio and --aspect, each <c>low..high</c> or <c>off</c>; null when both are off.</summary>
    public static ShapeLimits? ParseShapeLimits(string widthRatio, string aspect)
    {
        (double, double)? Range(string text, string field)
        {
            if (string.Equals(text.Trim(), "off", StringComparison.OrdinalIgnoreCase)) return null;
            var parts = text.Split("..");
            if (parts.Length == 2
                && double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
                && double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var hi)
                && lo > 0 && hi >= lo && double.IsFinite(hi))
                return (lo, hi);
            throw new InvalidInputException($"'{text}' is not a range like 3.0..3.5 (positive, low..high) or 'off'", field: field);
        }
        var w = Range(widthRatio, "width-ratio");
        var a = Range(aspect, "aspect");
        if (w is null && a is null) return null;
        var limits = new ShapeLimits(w?.Item1 ?? 0, w?.Item2 ?? double.MaxValue, a?.Item1 ?? 0, a?.Item2 ?? double.MaxValue);
        return limits;
    }

    /// <summary>One budget's plan with its realizer, settings and the planner that made it.</summary>
    public sealed record Planned(PlanResult Plan, Seed001ShapeRealizer Realizer, PlanSettings Settings, HolisticPlanner Planner)
    {
        /// <summary>
        /// Phase 1's proxy loss over the whole rectangle. The plan's own Phase-1 points are that surface when nothing
        /// was held; when seed 001's defaults (or the user) held M/N_a or N/N_a, the search saw one point or line of
        /// it, so the surface is scored again with nothing held, for the reader to see where the held choice sits.
        /// </summary>
        public IReadOnlyList<ProxyPoint> Phase1Surface()
        {
            var space = Plan.Options.SpaceOrDefault;
            if (space.FixedFlopsPerActiveParam is null && space.FixedExpansion is null)
                return [.. Plan.Phase1.Select(p => new ProxyPoint(p.FlopsPerActiveParam, p.TotalPerActive, p.ProxyLoss))];
            return Planner.ProxySurface(Plan.ComputeFlops, space with { FixedFlopsPerActiveParam = null, FixedExpansion = null });
        }
    }

    /// <summary>Plans every budget with seed 001's per-scale defaults (and whatever the user fixed).</summary>
    public IReadOnlyList<Planned> PlanAll()
    {
        var split = Split();
        var oracle = ResolveOracle();
        return [.. Budgets.Select(c => PlanOne(c, split, oracle))];
    }

    private Planned PlanOne(double compute, IComputeSplit split, ILossOracle oracle)
    {
        var setup = Setup(compute, split, oracle);
        // A budget the constraints rule out names the nearest feasible one; each budget tried there gets its own
        // per-scale settings (attention, N/N_a, M/N_a), not this budget's.
        var planner = new HolisticPlanner(setup.Realizer, setup.Oracle, split)
        {
            AtBudget = c =>
            {
                var other = Setup(c, split, oracle);
                return (new HolisticPlanner(other.Realizer, other.Oracle, split), other.Options);
            },
        };
        var plan = planner.Plan(compute, setup.Options);
        return new Planned(plan, setup.Realizer, setup.Settings, planner);
    }

    private sealed record BudgetSetup(Seed001ShapeRealizer Realizer, ILossOracle Oracle, PlanOptions Options, PlanSettings Settings);

    /// <summary>Seed 001's per-scale settings at one budget, with whatever the user fixed.</summary>
    private BudgetSetup Setup(double compute, IComputeSplit split, ILossOracle oracle)
    {
        var (realizer, defaults, backboneSource) = BackboneAt(compute);
        var backbone = realizer.Backbone;
        if (oracle is LawLossOracle law) oracle = law with { EmbeddingParamsPerWidth = realizer.EmbeddingParams(1) };

        // A fitted d term (runs) has its own optimum in d; the shape limits then step aside, as the issue's rule says.
        var shapes = oracle is SeparableCurveOracle { SeesHiddenSize: true } ? null : Shapes;
        var rankingLaw = oracle as LawLossOracle;
        double? holdY; string ySource;
        if (realizer.IsDense) (holdY, ySource) = (null, "dense limit: N = N_a");
        else if (TotalPerActive is { } y) (holdY, ySource) = (y, "--n-over-na");
        else if (RunsPath is not null || rankingLaw is { SeesExpansion: true }) (holdY, ySource) = (null, $"searched: ranked by {oracle.Name}");
        else (holdY, ySource) = (Math.Min(defaults.TotalPerActive, realizer.ExpansionLimit - 1e-6), defaults.TotalPerActiveSource);

        double? holdX; string xSource;
        if (FlopsPerActiveParam is { } x) (holdX, xSource) = (x, "--m-over-na");
        else if (RunsPath is not null) (holdX, xSource) = (null, $"searched: ranked by {oracle.Name}");
        else
        {
            var flops = ComputeSplitResult.For(split, compute).FlopsPerToken;
            // The anchor aspect is the paper's 120.5 unless the user's --aspect range excludes it; then its middle,
            // so that the held M/N_a lands on shapes the user admits.
            var aspect = AspectAnchoredFlopsRatio.PaperAspect;
            var aspectNote = "seed 001's 3e20 aspect";
            if (shapes is { AspectMax: < 1e6 } limits && (aspect < limits.AspectMin || aspect > limits.AspectMax))
                (aspect, aspectNote) = ((limits.AspectMin + limits.AspectMax) / 2, "the middle of --aspect:");
            var anchored = AspectAnchoredFlopsRatio.Solve(backbone, flops, holdY ?? defaults.TotalPerActive,
                (shapes is { WidthRatioMax: < 1e6 } ? shapes : ShapeLimits.Default).WidthRatioCentre, aspect);
            (holdX, xSource) = anchored is { } ax
                ? (ax, $"rule: the M/N_a giving {aspectNote} d/L = {aspect:0.#} (the oracle has no attention-share term)")
                : (PaperFlopsPerActiveParam, "seed 001's 3e20 optimum 8.2 (the aspect rule found no M/N_a at this budget)");
        }
        var space = (Options.Space ?? CandidateSpace.Default) with { FixedFlopsPerActiveParam = holdX, FixedExpansion = holdY };
        var options = Options with { Space = space, Shapes = shapes };
        return new BudgetSetup(realizer, oracle, options, new PlanSettings(defaults, backboneSource, xSource, ySource, shapes));
    }

    /// <summary>Seed 001's per-scale backbone at one budget (attention from Table 4 or the user), its realizer and the source of its attention.</summary>
    private (Seed001ShapeRealizer Realizer, ScaleDefaults Defaults, string BackboneSource) BackboneAt(double compute)
    {
        Preconditions.Positive(compute, "compute");
        var defaults = Seed001ScaleRule.For(compute, Backbone);
        var backbone = Attention is { } a ? Backbone with { QueryHeads = a.QueryHeads, KvHeads = a.KvHeads, HeadDim = a.HeadDim } : defaults.Backbone;
        BackboneChecks.Validate(backbone);
        var backboneSource = Attention is null ? defaults.BackboneSource : "--query-heads/--kv-heads/--head-dim";
        return (new Seed001ShapeRealizer(backbone), defaults, backboneSource);
    }

    public Report Run()
    {
        if (RunsPath is not null && MultiScaleRunsFile.HasComputeColumn(RunsPath)) return RunPipeline();
        var planned = PlanAll();
        var first = planned[0];
        var context = new ReportContext(Command, Inputs(first.Plan.OracleName));
        if (Budgets.Count == 1)
        {
            WriteSpec(first.Plan, first.Realizer);
            return new PlanReportBuilder(first.Plan, first.Realizer.BackboneDescription, context)
            {
                SpecPath = SpecOut, Settings = first.Settings, Realizer = first.Realizer, Phase1Surface = first.Phase1Surface(),
            }.Build();
        }
        if (SpecOut is not null)
            throw new InvalidInputException("--out writes one architecture; give a single --compute budget with it", field: "out");
        var backbones = planned.Select(p => p.Realizer.BackboneDescription).Distinct().ToList();
        var sweep = new PlanSweepReportBuilder([.. planned.Select(p => p.Plan)],
            backbones.Count == 1 ? backbones[0] : "seed 001's backbone per scale (attention from Table 4 and its growth rule)", context).Build();
        var warnings = sweep.Warnings.ToList();
        if (RunsPath is not null) warnings.Add(new ReportWarning("The curve forms were fitted to runs at one scale; applying them at every budget of the sweep extrapolates them.", "curves-one-scale"));
        return sweep with { Warnings = warnings };
    }

    /// <summary>Writes the chosen architecture as a MoeSpec JSON when --out asked for it.</summary>
    private void WriteSpec(PlanResult plan, Seed001ShapeRealizer realizer)
    {
        if (SpecOut is null) return;
        var name = $"moelab-plan-{plan.ComputeFlops.ToString("0.###e+0", CultureInfo.InvariantCulture)}";
        MoeSpecJson.WriteFile(SpecOut, realizer.ToSpec(plan.Chosen.Shape, name));
    }

    private IComputeSplit Split()
    {
        if (FixedTokens is { } tokens)
        {
            Preconditions.Positive(tokens, "tokens");
            if (LawPath is not null) throw new InvalidInputException("give either --tokens or --law, not both", field: "tokens");
            return new FixedTokensSplit(tokens);
        }
        if (LawPath is null) return new Seed001ComputeSplit(LawPresets.Seed001.Law);
        try
        {
            // Ludziejewski's E is the FFN expansion (total over active expert parameters), the backbone's (N_e+1)/(K+1).
            return new LawComputeSplit(LawFile.Load(LawPath).ToLaw(), LawPath, new Seed001ShapeRealizer(Backbone).ExpansionLimit);
        }
        catch (InvalidInputException e)
        {
            throw e.InFile(LawPath);
        }
    }

    private ILossOracle ResolveOracle()
    {
        if (RunsPath is not null)
        {
            var runs = PlanningRunsFile.Read(RunsPath);
            return SeparableCurveOracle.Fit(runs, new Seed001ShapeRealizer(Backbone).ExpansionLimit, Path.GetFileName(RunsPath));
        }
        if (File.Exists(Oracle)) return new LawLossOracle(LawFile.Load(Oracle).ToLaw(), Oracle);
        var preset = LawPresets.Find(Oracle);
        return new LawLossOracle(preset.Law, preset.Source);
    }

    private List<KeyValuePair<string, string>> Inputs(string oracleName)
    {
        var inputs = new List<KeyValuePair<string, string>>
        {
            new("compute", Budgets.Count == 1 ? PlanNumbers.Sci(Budgets[0]) + " FLOPs" : $"{Budgets.Count} budgets {PlanNumbers.Sci(Budgets[0])}..{PlanNumbers.Sci(Budgets[^1])} FLOPs"),
            new("oracle", oracleName),
        };
        if (FlopsPerActiveParam is { } x) inputs.Add(new("M/N_a held at", x.ToString(CultureInfo.InvariantCulture)));
        if (TotalPerActive is { } y) inputs.Add(new("N/N_a held at", y.ToString(CultureInfo.InvariantCulture)));
        var c = Options.ConstraintsOrNone;
        if (c.MaxTotalParams is { } t) inputs.Add(new("max total params", PlanNumbers.Sci(t)));
        if (c.MaxActiveParams is { } a) inputs.Add(new("max active params", PlanNumbers.Sci(a)));
        if (c.MaxInferenceFlopsPerToken is { } f) inputs.Add(new("max inference FLOPs/token", PlanNumbers.Sci(f)));
        if (c.Memory is { } m) inputs.Add(new("memory budget", m.ToString()));
        return inputs;
    }
}
