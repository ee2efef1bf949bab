using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Offload.Synthetic;
using MoeLab.Reports.Offload;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab trace convert|generate|calibrate`: routing-trace files.</summary>
public static class TraceCommand
{
    public static Command Create()
    {
        var command = new Command("trace", "Routing traces: convert between JSONL, CSV and binary; generate synthetic ones; calibrate a generator to a real trace.");
        command.Subcommands.Add(Convert());
        command.Subcommands.Add(Generate());
        command.Subcommands.Add(Calibrate());
        return command;
    }

    private static string CommandLine(ParseResult parse) => "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value));

    private static Command Convert()
    {
        var input = new Argument<string>("input") { Description = "Trace file (.jsonl, .csv, .moetrace) or built-in trace name." };
        var output = new OutputFileArgument("output") { Description = "Output file; the extension picks the format (.jsonl, .csv, .moetrace); - (standard output) gets JSONL." };
        var model = new Option<string?>("--model") { Description = "Model the trace must match (required for CSV input)." };
        var command = new Command("convert", "Convert a routing trace between JSONL, CSV (token,layer,expert[,weight]) and MoeLab's binary format.");
        command.Arguments.Add(input);
        command.Arguments.Add(output);
        command.Options.Add(model);
        OutputOptionSet.AddTo(command);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
            TraceReportBuilder.Convert(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(model), CommandLine(parse))));
        return command;
    }

    private static Command Generate()
    {
        var output = new OutputFileArgument("output") { Description = "Output trace file (.jsonl, .csv, .moetrace; - for JSONL on standard output)." };
        var model = new Option<string>("--model") { Description = "Model preset whose routing shape to use.", DefaultValueFactory = _ => "mixtral-8x7b" };
        var tokens = new Option<int>("--tokens") { Description = "Tokens to generate.", DefaultValueFactory = _ => 10_000 };
        var zipf = new Option<double>("--zipf") { Description = "Zipf exponent s of per-layer popularity (0: uniform).", DefaultValueFactory = _ => 0.8 };
        var sticky = new Option<double>("--stickiness") { Description = "q: each previous expert kept with this probability.", DefaultValueFactory = _ => 0 };
        var cross = new Option<double>("--cross-layer") { Description = "ρ: probability a choice follows the previous layer's partner expert.", DefaultValueFactory = _ => 0 };
        var switchEvery = new Option<int>("--switch-every") { Description = "Workload switch: redraw popularity every this many tokens (0: never).", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same trace).", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Generate a seeded synthetic routing trace (Zipf popularity, sticky routing, cross-layer correlation, workload switches).");
        command.Arguments.Add(output);
        foreach (var o in new Option[] { model, tokens, zipf, sticky, cross, switchEvery, seed }) command.Options.Add(o);
        OutputOptionSet.AddTo(command);
        command.SetAction(parse => CommandRunner.RunReport(parse, () => ProgressDisplay.For(parse).Run("generating", progress => TraceReportBuilder.Generate(
            parse.GetValue(output)!, parse.GetValue(model)!, parse.GetValue(tokens),
            new SyntheticRoutingParameters(parse.GetValue(zipf), parse.GetValue(sticky), parse.GetValue(cross), parse.GetValue(switchEvery)),
            parse.GetValue(seed), CommandLine(parse), progress))));
        return command;
    }

    private static Command Calibrate()
    {
        var input = new Argument<string>("input") { Description = "Real trace file or built-in trace name." };
        var model = new Option<string?>("--model") { Description = "Model the trace must match (required for CSV input)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic candidates.", DefaultValueFactory = _ => 1 };
        var command = new Command("calibrate", "Fit the synthetic generator's Zipf exponent and stickiness to a real trace (LRU hit-rate curve and reuse intervals) and report the fit.");
        command.Arguments.Add(input);
        command.Options.Add(model);
        command.Options.Add(seed);
        OutputOptionSet.AddTo(command);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
            TraceReportBuilder.Calibrate(parse.GetValue(input)!, parse.GetValue(model), parse.GetValue(seed), CommandLine(parse))));
        return command;
    }
}
