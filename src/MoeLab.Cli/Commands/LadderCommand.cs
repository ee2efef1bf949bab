using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Engine.Training;
using MoeLab.Reports.Engine;

namespace MoeLab.Cli.Commands;

/// <summary>
/// `moelab ladder`: by default trains a small dense + MoE scaling ladder on the CPU, then fits and plots a law from it;
/// with <c>--design seed001-…</c> it runs seed 001's two-phase search resumably (<see cref="Seed001LadderRun"/>).
/// </summary>
public static class LadderCommand
{
    public const string ChinchillaDesign = "chinchilla";

    /// <summary>The chinchilla ladder's runs table when --runs is not given, under <see cref="UserDataDirectory"/>.</summary>
    public const string DefaultRunsFile = "ladder-runs.csv";

    private static readonly Option<string> Design = DesignOption();
    private static readonly Option<string> Data = new("--data") { Description = "'brown' or a UTF-8 text file.", DefaultValueFactory = _ => "brown" };
    internal static readonly OutputFileOption Runs = new("--runs") { Description = "chinchilla: record every run in this CSV runs table (readable by `moelab fit`); runs it already holds are not retrained. Default: ladder-runs.csv under " + UserDataDirectory.Described + "." };
    private static readonly Option<bool> Quick = new("--quick") { Description = "chinchilla: a seconds-long ladder of toy runs (checks the pipeline, not the law)." };
    private static readonly Option<long> Seed = new("--seed") { Description = "Seed of every run.", DefaultValueFactory = _ => 1 };
    internal static readonly OutputDirectoryOption Out = new("--out") { Description = "seed001: the output directory (manifest.json, runs.csv); rerun with the same one to continue. Default: <design> under " + UserDataDirectory.Described + "." };
    internal static readonly Option<int> Jobs = new("--jobs") { Description = "seed001: train up to N runs at once, each in its own moelab process; this process alone writes the runs table.", DefaultValueFactory = _ => 1 };

    // The child side of --jobs: train one planned run of the design and print its runs-table row on stdout. Hidden: the
    // parent passes its manifest hash so a child never trains a run of another plan (a design file edited meanwhile).
    internal static readonly Option<string> ChildRun = new("--child-run") { Hidden = true };
    internal static readonly Option<string> ChildHash = new("--child-hash") { Hidden = true };

    internal static readonly Option<bool> EstimateOnly = new("--estimate") { Description = "seed001: plan the design and measure how long it would take on this machine, without training or writing anything." };

    public static Command Create()
    {
        var command = new Command("ladder", "Train a scaling ladder on this machine: dense and MoE at three widths and two token budgets with a law fit (default), or seed 001's two-phase architecture search (--design seed001-…). " +
            "Resumable: finished runs are kept in the runs table and never trained or recorded twice; Ctrl-C drops only the run in progress and exits 130.");
        foreach (var option in new Option[] { Design, Data, Runs, Quick, Seed, Out, Jobs, EstimateOnly, ChildRun, ChildHash }) command.Options.Add(option);
        OutputOptionSet.AddTo(command);
        HelpExamples.Add(command,
            "moelab ladder --quick                                   # the dense-vs-MoE ladder, toy size (Ctrl-C stops; rerun to continue)",
            "moelab ladder --design seed001-small --estimate         # how long seed 001's small design takes here",
            "moelab ladder --design seed001-small --out runs/s001    # run it (Ctrl-C stops; rerun to continue)",
            "moelab ladder --design my-design.yaml --jobs 2          # a design file (docs/seed001-ladder.md), two runs at a time",
            "moelab plan --runs runs/s001/runs.csv …                 # its table feeds the planner");
        command.SetAction(parse => parse.GetValue(Design) is ChinchillaDesign
            ? RunChinchilla(parse)
            : Seed001LadderRun.Run(parse, parse.GetValue(Design)!, parse.GetValue(Data)!,
                parse.GetResult(Seed) is { Implicit: false } ? (ulong)parse.GetValue(Seed) : null,
                parse.GetResult(Quick) is { Implicit: false } || parse.GetResult(Runs) is { Implicit: false }));
        return command;
    }

    /// <summary>--design: a built-in name (completed, and a wrong one answered with the valid names) or a design file.</summary>
    private static Option<string> DesignOption()
    {
        string[] names = [ChinchillaDesign, .. MoeLab.Engine.Training.Seed001Ladder.LadderDesigns.Names];
        var option = new Option<string>("--design")
        {
            Description = "Which ladder: 'chinchilla' (dense vs MoE, then a law fit), or seed 001's search: 'seed001-micro' (seconds, a pipeline check), 'seed001-small' (under an hour on 2 cores), " +
                          "or a seed-001 design file (YAML or JSON; docs/seed001-ladder.md).",
            DefaultValueFactory = _ => ChinchillaDesign,
            HelpName = string.Join('|', names) + "|FILE",
        };
        option.CompletionSources.Add(names);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !names.Contains(value, StringComparer.Ordinal) && !MoeLab.Engine.Training.Seed001Ladder.LadderDesignFile.LooksLikeFile(value))
                result.AddError($"'{value}' is neither a design ({string.Join(", ", names)}) nor a design file (.yaml, .yml, .json, or a path)");
        });
        return option;
    }

    /// <summary>
    /// The chinchilla ladder, resumably: rungs already in the runs table (by config hash) are not retrained, each
    /// finished rung is appended at once, and Ctrl-C drops only the rung in progress (exit 130; rerun to continue).
    /// </summary>
    private static int RunChinchilla(ParseResult parse) => CommandRunner.RunInterruptible(parse, (cancel, stderr) =>
    {
        BlasNotice.BeforeEngineWork(stderr);
        MoeLab.Core.Validation.Preconditions.That(parse.GetResult(Out) is null or { Implicit: true } && !parse.GetValue(EstimateOnly) && parse.GetResult(Jobs) is null or { Implicit: true },
            "--out, --jobs and --estimate belong to the seed-001 designs (--design seed001-micro, seed001-small or a design file)", "--design");
        var corpus = TrainCommand.LoadCorpus(parse.GetValue(Data)!);
        var rungs = ScalingLadder.Plan(parse.GetValue(Quick), (ulong)parse.GetValue(Seed));
        var table = ScalingLadderTable.Open(parse.GetValue(Runs) ?? UserDataDirectory.Resolve(DefaultRunsFile));
        foreach (var warning in table.Warnings) stderr.WriteLine($"moelab ladder: warning: {warning}");
        var pending = rungs.Where(r => table.Find(RunKey.Of(r.Config, r.Options, corpus)) is null).ToList();
        var where = table.Path ?? "no runs table";
        stderr.WriteLine($"moelab ladder: {rungs.Count} runs planned, {rungs.Count - pending.Count} already recorded in {where}, {pending.Count} to train");
        var totalSteps = Math.Max(1.0, pending.Sum(r => r.Options.Steps));
        var display = ProgressDisplay.For(parse);
        var log = display.LogsMilestones;
        var outcome = display.Run($"ladder: {pending.Count} runs", progress =>
            ScalingLadder.Run(rungs, corpus, table, (done, _) => progress.Report(done / totalSteps),
                (run, recorded) => { if (log) stderr.WriteLine($"[{recorded}/{rungs.Count}] {run.Rung.Name}: loss {run.Row.Loss:F4}"); }, cancel));
        if (!outcome.Interrupted) return new LadderReportBuilder(outcome, CommandLine()).Build();
        stderr.WriteLine(outcome.Runs.Count == rungs.Count
            ? $"moelab ladder: interrupted while fitting: all {rungs.Count} runs are recorded in {where}; rerun the same command to fit them (nothing is retrained)."
            : $"moelab ladder: interrupted: {outcome.Runs.Count} of {rungs.Count} runs are recorded in {where} ({outcome.TrainedNow} this time); the run in progress was dropped. Rerun the same command to continue.");
        return null;
    });

    internal static string CommandLine() => "moelab " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
}
