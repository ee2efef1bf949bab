using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Reports.Offload;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab sweep granularity`: seed 000's expert-granularity claim, simulated at fixed bytes.</summary>
public static class SweepCommand
{
    public static Command Create()
    {
        var command = new Command("sweep", "Parameter sweeps over the offloading simulator.");
        command.Subcommands.Add(Granularity());
        return command;
    }

    private static Command Granularity()
    {
        var model = new Option<string>("--model") { Description = "Model preset or config/spec JSON.", DefaultValueFactory = _ => "mixtral-8x7b" };
        var hardware = new Option<string>("--hardware") { Description = "Hardware profile name or YAML/JSON file.", DefaultValueFactory = _ => "rtx4090-pcie4" };
        var trace = new Option<string?>("--trace") { Description = "Real trace to calibrate the 'calibrated-real' routing on (default: built-in HumanEval trace)." };
        var cache = new Option<int>("--cache-experts") { Description = "Cached experts per layer at g = 1 (× g when split).", DefaultValueFactory = _ => 4 };
        var maxG = new Option<int>("--max-granularity") { Description = "Largest split g (powers of two from 1).", DefaultValueFactory = _ => 64 };
        var tokens = new Option<int>("--tokens") { Description = "Synthetic tokens per run.", DefaultValueFactory = _ => 1000 };
        var sticky = new Option<double>("--stickiness") { Description = "q for the 'sticky' routing rows.", DefaultValueFactory = _ => 0.5 };
        var seed = new Option<int>("--seed") { Description = "Seed for synthetic routing and calibration.", DefaultValueFactory = _ => 1 };
        var command = new Command("granularity", "Split experts g = 1, 2, 4, … ways at fixed total, active and cached bytes; simulate under independent, sticky and calibrated-real routing beside seed 000's prediction.");
        foreach (var o in new Option[] { model, hardware, trace, cache, maxG, tokens, sticky, seed }) command.Options.Add(o);
        OutputOptionSet.AddTo(command);
        command.Options.Add(OutputOptionSet.Verbose);
        command.SetAction(parse => CommandRunner.RunReport(parse, () => ProgressDisplay.For(parse).Run("granularity sweep", progress =>
            new GranularityReportBuilder(
                new GranularityRequest(parse.GetValue(model)!, parse.GetValue(hardware)!, parse.GetValue(trace), parse.GetValue(cache),
                    parse.GetValue(maxG), parse.GetValue(tokens), parse.GetValue(sticky), parse.GetValue(seed)),
                "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value))).Build(progress)), GranularityReportBuilder.Concise));
        return command;
    }
}
