using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Engine.Training;
using MoeLab.Reports.Engine;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab ladder`: trains a small dense + MoE scaling ladder on the CPU, then fits and plots a law from it.</summary>
public static class LadderCommand
{
    private static readonly Option<string> Data = new("--data") { Description = "'brown' or a UTF-8 text file.", DefaultValueFactory = _ => "brown" };
    private static readonly Option<string?> Runs = new("--runs") { Description = "Append every run to this CSV runs table (readable by `moelab fit`).", DefaultValueFactory = _ => "ladder-runs.csv" };
    private static readonly Option<bool> Quick = new("--quick") { Description = "A seconds-long ladder of toy runs (checks the pipeline, not the law)." };
    private static readonly Option<long> Seed = new("--seed") { Description = "Seed of every run.", DefaultValueFactory = _ => 1 };

    public static Command Create()
    {
        var command = new Command("ladder", "Train a small scaling ladder (dense and MoE at three widths and two token budgets) on this machine, then fit L = E + A/N^α + B/D^β to it.");
        foreach (var option in new Option[] { Data, Runs, Quick, Seed }) command.Options.Add(option);
        OutputOptionSet.AddTo(command);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var corpus = TrainCommand.LoadCorpus(parse.GetValue(Data)!);
            var rungs = ScalingLadder.Plan(parse.GetValue(Quick), (ulong)parse.GetValue(Seed));
            var totalSteps = (double)rungs.Sum(r => r.Options.Steps);
            var outcome = ProgressDisplay.Run($"ladder: {rungs.Count} runs", progress =>
                ScalingLadder.Run(rungs, corpus, parse.GetValue(Runs), (done, _) => progress.Report(done / totalSteps)));
            return new LadderReportBuilder(outcome, "moelab " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1))).Build();
        }));
        return command;
    }
}
