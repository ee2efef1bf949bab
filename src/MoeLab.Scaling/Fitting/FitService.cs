using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Fitting;

/// <summary>What to fit and how.</summary>
/// <param name="HoldoutAmount">Hold out the largest-compute runs (fraction &lt; 1 or count ≥ 1); null = none.</param>
/// <param name="ComputeFlops">Budget for derived N_opt / D_opt (and their bootstrap intervals); null = none.</param>
/// <param name="IsoFlop">Also run Approach 2 on the same runs.</param>
/// <param name="IsoFlopWindow">Approach 2 parabola window (runs each side of a budget's minimum); null = all runs.</param>
public sealed record FitRequest(
    RunTable Data,
    FittableForm Form,
    FitOptions Options,
    BootstrapOptions? Bootstrap = null,
    double? HoldoutAmount = null,
    double? ComputeFlops = null,
    bool IsoFlop = false,
    int? IsoFlopWindow = null);

/// <summary>Progress of a long fit: which stage, and how far through it (0–1).</summary>
public readonly record struct FitProgress(string Stage, double Fraction);

/// <summary>A fitted run's residual (log L − log L̂) and prediction.</summary>
public sealed record RunResidual(long Row, double ParamsN, double TokensD, double ComputeFlops, double Loss, double PredictedLoss, double LogResidual);

/// <summary>Everything a fit produced; the report and the law file are built from it.</summary>
public sealed record FitOutcome(
    FitRequest Request,
    IReadOnlyList<RunPoint> FittedRuns,
    MultiStartFit Fit,
    IScalingLaw Law,
    IReadOnlyList<KeyValuePair<string, double>> Quantities,
    IReadOnlyList<RunResidual> Residuals,
    BootstrapResult? Bootstrap,
    HoldoutEvaluation? Holdout,
    IsoFlopResult? IsoFlop,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The fitted law with its provenance and diagnostics, ready to save for <c>moelab plan</c>.</summary>
    public LawFile ToLawFile(string? command = null)
    {
        var provenance = new Dictionary<string, string>
        {
            ["data"] = Request.Data.Source,
            ["runs_fitted"] = FittedRuns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["objective"] = $"sum of Huber(delta={Request.Options.HuberDelta:R}) on log-loss residuals" + (Request.Options.MeanObjective ? " (mean)" : ""),
            ["optimiser"] = $"L-BFGS ({Request.Options.Minimiser.Name}) from {Fit.Starts} starts"
                + (Fit.Screening is { } s ? $" screened on a {s.SampleRuns}-run sample (seed {s.Seed}), {s.Refined} of its best minima refined on all {s.TotalRuns} runs" : ""),
            ["created_utc"] = DateTimeOffset.UtcNow.ToString("u"),
        };
        if (command is not null) provenance["command"] = command;
        var diagnostics = new JsonObject
        {
            ["objective"] = Fit.Objective,
            ["converged"] = Fit.Converged,
            ["exit_reason"] = Fit.ExitReason,
            ["iterations"] = Fit.Iterations,
            ["starts"] = Fit.Starts,
            ["starts_in_best_basin"] = Fit.StartsInBestBasin,
            ["failed_starts"] = Fit.FailedStarts,
        };
        if (Fit.Screening is { } screening)
            diagnostics["screening"] = new JsonObject
            {
                ["sample_runs"] = screening.SampleRuns, ["total_runs"] = screening.TotalRuns, ["refined"] = screening.Refined, ["seed"] = screening.Seed,
            };
        if (Holdout is not null) diagnostics["holdout_mean_abs_relative_error"] = Holdout.MeanAbsoluteRelativeError;
        if (Bootstrap is not null)
        {
            var ci = new JsonObject();
            foreach (var i in Bootstrap.Intervals) ci[i.Name] = new JsonArray(i.Lower, i.Upper);
            diagnostics["bootstrap"] = new JsonObject
            {
                ["resamples"] = Bootstrap.Resamples, ["seed"] = Bootstrap.Seed, ["level"] = Bootstrap.Level, ["intervals"] = ci,
            };
        }
        Dictionary<string, (double?, double?)>? bounds = null;
        if (Request.Form.Model is ExpressionLogLossModel expression)
            bounds = expression.Specs.Where(s => s.Lower is not null || s.Upper is not null).ToDictionary(s => s.Name, s => (s.Lower, s.Upper));
        return LawFile.FromLaw(Law, provenance, diagnostics, bounds);
    }
}

/// <summary>
/// Runs a whole fit: optional hold-out split, the multi-start fit, residuals, identifiability warnings,
/// optional bootstrap and Approach 2. Validates before the long work starts.
/// </summary>
public static class FitService
{
    public static FitOutcome Run(FitRequest request, IProgress<FitProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var options = request.Options.Validate();
        var bootstrapOptions = request.Bootstrap?.Validate();
        var warnings = new List<string>();
        var (train, test) = Split(request);
        var k = request.Form.Model.ParameterNames.Count;
        warnings.AddRange(IdentifiabilityWarnings(train, request.Form, k));
        if (RepeatedRowsWarning(request.Data) is { } repeated) warnings.Add(repeated);

        var points = FitPoint.From(train);
        var objective = new HuberObjective(request.Form.Model, points, options.HuberDelta, options.MeanObjective);
        var fit = MultiStartFitter.Fit(objective, request.Form.Starts, options,
            progress is null ? null : new Progress(p => progress.Report(new FitProgress("fit", p))), cancellationToken);
        var law = request.Form.Model.ToLaw(fit.Theta);
        if (!fit.Converged) warnings.Add($"the best start did not converge ({fit.ExitReason}); treat the parameters as approximate");
        if (fit.StartsInBestBasin == 1 && fit.Starts > 1)
            warnings.Add("only one start reached the best minimum; the landscape is rugged and a wider start grid may find a better one");
        if (request.Form.Model is ExpressionLogLossModel expression)
            foreach (var (spec, value) in expression.Specs.Zip(expression.NaturalParameters(fit.Theta)))
                if ((spec.Lower is { } lo && Near(value.Value, lo)) || (spec.Upper is { } hi && Near(value.Value, hi)))
                    warnings.Add($"parameter {spec.Name} = {value.Value:G6} sits on its bound; the data may not determine it");

        var residuals = train.Select(r =>
        {
            var predicted = law.Loss(new LawInput(r.ParamsN, r.TokensD, r.Experts, r.Granularity));
            return new RunResidual(r.Row, r.ParamsN, r.TokensD, r.ComputeFlops, r.Loss, predicted, Math.Log(r.Loss / predicted));
        }).ToList();

        BootstrapResult? bootstrap = null;
        if (bootstrapOptions is not null)
        {
            bootstrap = Bootstrap.Run(request.Form.Model, points, fit, options, bootstrapOptions with { ComputeFlops = request.ComputeFlops },
                progress is null ? null : new Progress(p => progress.Report(new FitProgress("bootstrap", p))), cancellationToken);
            if (bootstrap.FailedResamples > 0)
                warnings.Add($"{bootstrap.FailedResamples} of {bootstrap.Resamples} bootstrap resamples did not converge and were left out of the intervals");
        }

        var holdout = test is null ? null : Holdout.Evaluate(law, test);
        IsoFlopResult? isoFlop = null;
        if (request.IsoFlop) isoFlop = IsoFlopApproach2.Fit(train, request.IsoFlopWindow);

        return new FitOutcome(request, train, fit, law, LawQuantities.Of(law, request.ComputeFlops), residuals, bootstrap, holdout, isoFlop, warnings);
    }

    /// <summary>
    /// What <see cref="Run"/> will cost on this machine, measured in a fraction of a second before it starts (and
    /// checking the request as <see cref="Run"/> would), so a long fit can say so up front.
    /// </summary>
    public static FitCostEstimate Estimate(FitRequest request)
    {
        var options = request.Options.Validate();
        var bootstrapOptions = request.Bootstrap?.Validate();
        var (train, _) = Split(request);
        var objective = new HuberObjective(request.Form.Model, FitPoint.From(train), options.HuberDelta, options.MeanObjective);
        return FitCostEstimate.Measure(objective, request.Form.Starts, options, bootstrapOptions);
    }

    /// <summary>The runs fitted and the runs held out; refuses too few runs to fit, naming the file.</summary>
    private static (IReadOnlyList<RunPoint> Train, IReadOnlyList<RunPoint>? Test) Split(FitRequest request)
    {
        IReadOnlyList<RunPoint> train = request.Data.Runs;
        IReadOnlyList<RunPoint>? test = null;
        if (request.HoldoutAmount is { } amount) (train, test) = Holdout.ByLargestCompute(request.Data.Runs, amount);
        var k = request.Form.Model.ParameterNames.Count;
        if (train.Count <= k)
            throw new InvalidInputException(
                $"{train.Count} run{(train.Count == 1 ? "" : "s")}{(test is null ? "" : " left after the hold-out")} cannot identify the {k} parameters of the {request.Form.Name} form; it needs at least {k + 1}",
                request.Data.Source.Length == 0 ? null : request.Data.Source, "data");
        return (train, test);
    }

    /// <summary>
    /// The warning for runs recorded twice (a ladder appended twice): how many rows, and the first five with the
    /// rows they copy; null when there are none. A caller may show it before the fit starts; the outcome carries it too.
    /// </summary>
    public static string? RepeatedRowsWarning(RunTable data)
    {
        var repeats = data.RepeatedRows();
        if (repeats.Count == 0) return null;
        return $"{repeats.Count} rows repeat an earlier row exactly ({string.Join(", ", repeats.Take(5).Select(r => $"line {r.Copy.Row} = line {r.First.Row}"))}" +
               $"{(repeats.Count > 5 ? ", …" : "")}): a run recorded twice counts twice in the fit; remove the copies";
    }

    /// <summary>Reasons the data may not pin the law down, in words a user can act on.</summary>
    public static IEnumerable<string> IdentifiabilityWarnings(IReadOnlyList<RunPoint> runs, FittableForm form, int parameterCount)
    {
        var table = new RunTable("", runs);
        var budgets = table.DistinctBudgets();
        if (budgets == 1)
            yield return "all runs share one compute budget: along it D = C/(6N), so the N and D terms trade off and cannot be separated; add runs at other budgets";
        if (runs.Count < 3 * parameterCount)
            yield return $"only {runs.Count} runs for {parameterCount} parameters (fewer than 3 per parameter); expect wide intervals";
        if (runs.Select(r => r.ParamsN).Distinct().Count() < 3)
            yield return "fewer than 3 distinct model sizes N: the N exponent is barely determined";
        if (runs.Select(r => r.TokensD).Distinct().Count() < 3)
            yield return "fewer than 3 distinct token counts D: the D exponent is barely determined";
        if (form.Name == JointMoeLaw.Form && runs.Select(r => r.Experts).Distinct().Count() < 3)
            yield return "fewer than 3 distinct expert counts E: the E-dependent terms (δ, γ, ω, ζ) are not determined";
        if (form.Name == FineGrainedMoeLaw.Form && runs.Select(r => r.Granularity).Distinct().Count() < 2)
            yield return "a single granularity G: g and γ are not determined";
    }

    private static bool Near(double value, double bound) => Math.Abs(value - bound) <= 1e-6 * Math.Max(1, Math.Abs(bound));

    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
