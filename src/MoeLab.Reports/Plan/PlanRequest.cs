using System.Globalization;
using MoeLab.Core.Import;
using MoeLab.Core.Seed001;
using MoeLab.Core.Validation;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Planning;
using MoeLab.Scaling.Presets;

namespace MoeLab.Reports.Plan;

/// <summary>Everything <c>moelab plan</c> was asked, before any planning.</summary>
/// <param name="Budgets">One budget, or several for a sweep.</param>
/// <param name="LawPath">Phase 0 from a law file written by <c>moelab fit</c>; null for seed 001's law.</param>
/// <param name="FixedTokens">Data-limited planning: the token budget D.</param>
/// <param name="RunsPath">Runs at one scale to fit seed 001's curve forms as the oracle.</param>
/// <param name="Oracle">A law preset name or law file used as the oracle when no runs are given.</param>
/// <param name="FlopsPerActiveParam">Hold M/N_a at this value.</param>
/// <param name="TotalPerActive">Hold N/N_a at this value.</param>
/// <param name="SpecOut">Where to write the chosen architecture's MoeSpec JSON (single budget only).</param>
public sealed record PlanRequest(
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
    string? SpecOut = null)
{
    public const string DefaultOraclePreset = "krajewski2024";

    /// <summary>Seed 001's reported optimum at 3e20 FLOPs (M/N_a ≈ 8.2, chosen N/N_a = 22): held when the oracle cannot rank them.</summary>
    public const double PaperFlopsPerActiveParam = 8.2;
    public const double PaperTotalPerActive = 22;

    /// <summary>Parses <c>1e21</c> or a range <c>1e18..1e24</c> (log-spaced, <paramref name="steps"/> budgets).</summary>
    public static IReadOnlyList<double> ParseBudgets(string text, int steps)
    {
        double Number(string s) =>
            double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0
                ? v
                : throw new InvalidInputException($"'{s}' is not a positive number of FLOPs (e.g. 1e21 or 1e18..1e24)", field: "compute");
        var parts = text.Split("..");
        if (parts.Length == 1) return [Number(parts[0])];
        if (parts.Length != 2) throw new InvalidInputException($"'{text}' is not a budget or a range like 1e18..1e24", field: "compute");
        double lo = Number(parts[0]), hi = Number(parts[1]);
        Preconditions.That(hi > lo, $"the range {text} must go from low to high", "compute");
        Preconditions.InRange(steps, 2, 1000, "steps");
        return Enumerable.Range(0, steps).Select(i => Math.Pow(10, Math.Log10(lo) + (Math.Log10(hi) - Math.Log10(lo)) * i / (steps - 1))).ToList();
    }

    public Report Run()
    {
        var realizer = new Seed001ShapeRealizer(Backbone);
        var split = Split();
        var (oracle, holdX, holdY, oracleNote) = ResolveOracle(realizer);
        var space = (Options.Space ?? CandidateSpace.Default) with { FixedFlopsPerActiveParam = holdX, FixedExpansion = realizer.IsDense ? null : holdY };
        var options = Options with { Space = space };
        var planner = new HolisticPlanner(realizer, oracle, split);
        var context = new ReportContext(Command, Inputs(split, oracle, holdX, holdY));

        if (Budgets.Count == 1)
        {
            var plan = planner.Plan(Budgets[0], options);
            if (SpecOut is not null)
            {
                var name = $"moelab-plan-{Budgets[0].ToString("0.###e+0", CultureInfo.InvariantCulture)}";
                MoeSpecJson.WriteFile(SpecOut, realizer.ToSpec(plan.Chosen.Shape, name));
            }
            var report = new PlanReportBuilder(plan, realizer.BackboneDescription, context) { SpecPath = SpecOut }.Build();
            return oracleNote is null ? report : report with { Warnings = [.. report.Warnings, new ReportWarning(oracleNote, "oracle-holds")] };
        }
        if (SpecOut is not null)
            throw new InvalidInputException("--out writes one architecture; give a single --compute budget with it", field: "out");
        var plans = planner.Sweep(Budgets, options);
        var sweep = new PlanSweepReportBuilder(plans, realizer.BackboneDescription, context).Build();
        var warnings = sweep.Warnings.ToList();
        if (oracleNote is not null) warnings.Add(new ReportWarning(oracleNote, "oracle-holds"));
        if (RunsPath is not null) warnings.Add(new ReportWarning("The curve forms were fitted to runs at one scale; applying them at every budget of the sweep extrapolates them.", "curves-one-scale"));
        return sweep with { Warnings = warnings };
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
            return new LawComputeSplit(LawFile.Load(LawPath).ToLaw(), LawPath);
        }
        catch (InvalidInputException e)
        {
            throw e.InFile(LawPath);
        }
    }

    private (ILossOracle Oracle, double? HoldX, double? HoldY, string? Note) ResolveOracle(Seed001ShapeRealizer realizer)
    {
        if (RunsPath is not null)
        {
            var runs = PlanningRunsFile.Read(RunsPath);
            var fitted = SeparableCurveOracle.Fit(runs, realizer.ExpansionLimit, Path.GetFileName(RunsPath));
            return (fitted, FlopsPerActiveParam, TotalPerActive, null);
        }
        IScalingLaw law;
        string source;
        if (File.Exists(Oracle))
        {
            law = LawFile.Load(Oracle).ToLaw();
            source = Oracle;
        }
        else
        {
            var preset = LawPresets.Find(Oracle);
            law = preset.Law;
            source = preset.Source;
        }
        var lawOracle = new LawLossOracle(law, source);
        var holdX = FlopsPerActiveParam ?? PaperFlopsPerActiveParam;
        var holdY = TotalPerActive ?? (lawOracle.SeesExpansion ? null : PaperTotalPerActive);
        var held = new List<string>();
        if (FlopsPerActiveParam is null) held.Add($"M/N_a at {PaperFlopsPerActiveParam}");
        if (TotalPerActive is null && !lawOracle.SeesExpansion && !realizer.IsDense) held.Add($"N/N_a at {PaperTotalPerActive}");
        var note = held.Count == 0 ? null :
            $"The oracle is a loss law ({law.FormName}), which has no term for the attention share" +
            (lawOracle.SeesExpansion ? "" : " or the expert count") +
            $": it would always pick the fewest layers. The plan holds {string.Join(" and ", held)} (seed 001's reported optimum at 3e20 FLOPs, not a law for other budgets). " +
            "Give --m-over-na / --n-over-na, or fit seed 001's curve forms to your own runs with --runs.";
        return (lawOracle, holdX, holdY, note);
    }

    private List<KeyValuePair<string, string>> Inputs(IComputeSplit split, ILossOracle oracle, double? holdX, double? holdY)
    {
        var inputs = new List<KeyValuePair<string, string>>
        {
            new("compute", Budgets.Count == 1 ? PlanNumbers.Sci(Budgets[0]) + " FLOPs" : $"{Budgets.Count} budgets {PlanNumbers.Sci(Budgets[0])}..{PlanNumbers.Sci(Budgets[^1])} FLOPs"),
            new("phase 0", split.Name),
            new("oracle", oracle.Name),
        };
        if (holdX is { } x) inputs.Add(new("M/N_a held at", x.ToString(CultureInfo.InvariantCulture)));
        if (holdY is { } y) inputs.Add(new("N/N_a held at", y.ToString(CultureInfo.InvariantCulture)));
        var c = Options.ConstraintsOrNone;
        if (c.MaxTotalParams is { } t) inputs.Add(new("max total params", PlanNumbers.Sci(t)));
        if (c.MaxActiveParams is { } a) inputs.Add(new("max active params", PlanNumbers.Sci(a)));
        if (c.MaxInferenceFlopsPerToken is { } f) inputs.Add(new("max inference FLOPs/token", PlanNumbers.Sci(f)));
        if (c.Memory is { } m) inputs.Add(new("memory budget", m.ToString()));
        return inputs;
    }
}
