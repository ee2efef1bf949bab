using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Validation;
using MoeLab.Reports.Fit;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Cli.Commands;

/// <summary>
/// <c>moelab fit RUNS [--law FORM|FILE] [--bootstrap N] …</c>: fits a scaling law to a table of training runs
/// and writes the fitted law as a JSON file that <c>fit</c> and <c>plan</c> accept. Parsing only; the fit is
/// <see cref="FitService"/>, the report <see cref="FitReportBuilder"/>.
/// </summary>
public static class FitCommand
{
    /// <summary>A fit expected to take at least this long says so, with its cost, before it starts.</summary>
    private const double LongFitSeconds = 10;

    public static Command Create()
    {
        var data = new Argument<string>("runs") { Description = "Training runs: CSV with a header row, or JSON (array of objects / {\"runs\": [...]}). Units: N params, D tokens, C FLOPs, loss nats/token." };
        var law = new Option<string>("--law") { Description = $"Law form to fit: {string.Join(", ", LawForms.Names)}; or a law JSON file from a previous fit (refit, warm-started from its parameters).", DefaultValueFactory = _ => "chinchilla" };
        var lawSpec = new Option<string?>("--law-spec") { Description = "Fit your own law: a JSON file {\"expression\": \"E + A/N^alpha + B/D^beta\", \"parameters\": {\"E\": {\"start\": [1, 2], \"lower\": 0}, ...}}. Variables: N, D, C, NE (experts), G." };
        var nColumn = new Option<string>("--n-column") { Description = "Column holding N (parameters; active parameters for MoE laws).", DefaultValueFactory = _ => "N" };
        var dColumn = new Option<string>("--d-column") { Description = "Column holding D (training tokens); if absent, D = C/(6N).", DefaultValueFactory = _ => "D" };
        var cColumn = new Option<string>("--c-column") { Description = "Column holding C (training FLOPs); if absent, C = 6ND.", DefaultValueFactory = _ => "C" };
        var lossColumn = new Option<string>("--loss-column") { Description = "Column holding the final loss (nats/token).", DefaultValueFactory = _ => "loss" };
        var eColumn = new Option<string>("--e-column") { Description = "Column holding the expert count E (optional; 1 = dense).", DefaultValueFactory = _ => "E" };
        var gColumn = new Option<string>("--g-column") { Description = "Column holding the granularity G (optional; default 1).", DefaultValueFactory = _ => "G" };
        var drop = new Option<int>("--drop-highest-loss") { Description = "Drop the K highest-loss runs first (Besiroglu et al. drop 5 of the extracted Chinchilla points).", DefaultValueFactory = _ => 0 };
        var delta = new Option<double>("--huber-delta") { Description = "Huber δ on log-loss residuals.", DefaultValueFactory = _ => 1e-3 };
        var mean = new Option<bool>("--mean") { Description = "Average the Huber losses instead of summing them (same minimiser; changes when tolerances stop L-BFGS)." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for percentile confidence intervals (0 = none).", DefaultValueFactory = _ => 0 };
        var bootstrapStarts = new Option<int>("--bootstrap-starts") { Description = "Starts per bootstrap resample: the best fit plus the best distinct basins of the grid.", DefaultValueFactory = _ => 4 };
        var seed = new Option<long>("--seed") { Description = "Seed for the bootstrap resampling.", DefaultValueFactory = _ => 1 };
        var level = new Option<double>("--ci-level") { Description = "Confidence level of the intervals.", DefaultValueFactory = _ => 0.95 };
        var compute = new Option<double?>("--compute") { Description = "Compute budget C in FLOPs at which to report (and bootstrap) N_opt and D_opt, e.g. 5.76e23." };
        var holdout = new Option<double?>("--holdout") { Description = "Hold out the largest-compute runs and report extrapolation error: a fraction (0.1) or a count (5)." };
        var isoflop = new Option<bool>("--isoflop") { Description = "Also run Approach 2: a parabola in ln N per compute budget, then a power law through the minima." };
        var window = new Option<int>("--isoflop-window") { Description = "Approach 2 parabola window: the lowest-loss run and K runs each side (0 = all runs of a budget).", DefaultValueFactory = _ => 2 };
        var eStart = new Option<double?>("--e-start") { Description = "Clark's E_start for the ludziejewski2025 form." };
        var eMax = new Option<double?>("--e-max") { Description = "Clark's E_max for the ludziejewski2025 form." };
        var threads = new Option<int?>("--threads") { Description = "Cores to use (default: all)." };
        var output = new OutputFileOption("--out", "-o") { Description = "Write the fitted law (JSON, for fit --law and plan --law) to this file." };

        var command = new Command("fit", "Fit a scaling law to training runs (Huber on log-loss, multi-start L-BFGS, bootstrap intervals, hold-out, IsoFLOP).");
        command.Arguments.Add(data);
        foreach (var option in new Option[] { law, lawSpec, nColumn, dColumn, cColumn, lossColumn, eColumn, gColumn, drop, delta, mean, bootstrap, bootstrapStarts, seed, level, compute, holdout, isoflop, window, eStart, eMax, threads, output })
            command.Options.Add(option);
        OutputOptionSet.AddTo(command);

        command.SetAction(parse =>
        {
            string? repeated = null;
            return CommandRunner.RunReport(parse, () =>
            {
                var columns = new ColumnMap
                {
                    Params = parse.GetValue(nColumn)!, Tokens = parse.GetValue(dColumn)!, Compute = parse.GetValue(cColumn)!,
                    Loss = parse.GetValue(lossColumn)!, Experts = parse.GetValue(eColumn)!, Granularity = parse.GetValue(gColumn)!,
                };
                // Options first: a mistyped number is reported before any file is read or any work starts.
                if (parse.GetValue(threads) is { } cores) Preconditions.Positive(cores, "--threads");
                var resamples = parse.GetValue(bootstrap);
                Preconditions.NonNegative(resamples, "--bootstrap");
                Preconditions.That(resamples > 0 || parse.GetResult(level) is null or { Implicit: true },
                    "a confidence level needs bootstrap intervals: add --bootstrap N (e.g. 200)", "--ci-level");
                var fitOptions = new FitOptions { HuberDelta = parse.GetValue(delta), MeanObjective = parse.GetValue(mean), MaxDegreeOfParallelism = parse.GetValue(threads) }.Validate();
                var path = parse.GetValue(data)!;
                var table = RunTableReader.Read(path, columns).WithoutHighestLoss(parse.GetValue(drop));
                var form = ResolveForm(parse.GetValue(law)!, parse.GetValue(lawSpec), parse.GetValue(eStart), parse.GetValue(eMax));
                var bootstrapOptions = resamples == 0 ? null : new BootstrapOptions
                {
                    Resamples = resamples, Seed = parse.GetValue(seed), StartsPerResample = parse.GetValue(bootstrapStarts), Level = parse.GetValue(level),
                };
                var isoWindow = parse.GetValue(window);
                Preconditions.NonNegative(isoWindow, "isoflop-window");
                var request = new FitRequest(table, form, fitOptions, bootstrapOptions, parse.GetValue(holdout), parse.GetValue(compute), parse.GetValue(isoflop),
                    isoWindow == 0 ? null : isoWindow);

                var stderr = parse.InvocationConfiguration.Error;
                // Said once, before the fit starts: on stderr here, so the terminal view below leaves it out (the files and --json keep it).
                repeated = FitService.RepeatedRowsWarning(table);
                if (repeated is not null) stderr.WriteLine($"moelab fit: warning: {path}: {repeated}");
                if (FitService.Estimate(request) is { Seconds: >= LongFitSeconds } cost) stderr.WriteLine($"moelab fit: {cost.Describe()}");
                var outcome = ProgressDisplay.For(parse).RunStages(stages => FitService.Run(request, new StageProgress(p => stages.Report(new ProgressStage(p.Stage, p.Fraction)))));
                var lawPath = parse.GetValue(output);
                var commandLine = "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value.Contains(' ') ? $"\"{t.Value}\"" : t.Value));
                if (lawPath is not null) outcome.ToLawFile(commandLine).Save(lawPath);

                var inputs = new List<KeyValuePair<string, string>>
                {
                    new("runs", path), new("law", form.Name), new("huber delta", fitOptions.HuberDelta.ToString("G", System.Globalization.CultureInfo.InvariantCulture)),
                };
                if (parse.GetValue(drop) is > 0 and var dropped) inputs.Add(new("dropped", $"the {dropped} highest-loss runs"));
                if (bootstrapOptions is not null) inputs.Add(new("bootstrap", $"{bootstrapOptions.Resamples} resamples, {bootstrapOptions.StartsPerResample} starts each"));
                var context = new ReportContext(commandLine, inputs, bootstrapOptions?.Seed);
                return FitReportBuilder.Build(outcome, context, lawPath);
            }, report => report with { Warnings = [.. report.Warnings.Where(w => w.Message != repeated)] });
        });
        return command;
    }

    private static FittableForm ResolveForm(string law, string? lawSpec, double? eStart, double? eMax)
    {
        if (lawSpec is not null) return ExpressionSpecFile.Load(lawSpec);
        if (law.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return LawForms.FromLawFile(LawFile.Load(law));
        ClarkExpertSaturation? saturation = eStart is { } s && eMax is { } m
            ? new ClarkExpertSaturation(Preconditions.Positive(s, "e-start"), Preconditions.Positive(m, "e-max"))
            : null;
        return LawForms.Create(law, saturation);
    }

    private sealed class StageProgress(Action<FitProgress> report) : IProgress<FitProgress>
    {
        public void Report(FitProgress value) => report(value);
    }
}
