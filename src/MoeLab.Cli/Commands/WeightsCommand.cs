using System.CommandLine;
using System.Diagnostics;
using MoeLab.Cli.Infrastructure;
using MoeLab.Reports.Weights;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab weights synth`: a loadable model directory of random weights with a family's real tensor layout.</summary>
public static class WeightsCommand
{
    private static readonly Option<string> Model = new("--model") { Description = "Preset name (e.g. mixtral-8x7b, olmoe) or a Hugging Face config.json.", Required = true };
    private static readonly OutputDirectoryOption Out = new("--out") { Description = "Output directory (written atomically: a temporary directory beside it is renamed into place).", Required = true };
    private static readonly Option<int> Shrink = new("--shrink") { Description = "Divide hidden size, FFN/expert widths and head_dim by this (must divide them); heads, vocab, layers, experts, top-k kept.", DefaultValueFactory = _ => 1 };
    private static readonly Option<string> DType = new("--dtype") { Description = "Weight dtype: bf16 or f32.", DefaultValueFactory = _ => "bf16" };
    private static readonly Option<long> Seed = new("--seed") { Description = "Random seed (same seed, same bytes).", DefaultValueFactory = _ => 1 };
    private static readonly Option<double> ShardGb = new("--shard-gb") { Description = "Largest shard in GB (10⁹ bytes); more than one shard gets a model.safetensors.index.json.", DefaultValueFactory = _ => 2 };
    private static readonly Option<bool> Force = new("--force") { Description = "Replace an existing output directory (only once the new one is complete)." };

    public static Command Create()
    {
        var synth = new Command("synth", "Write random weights (seeded, N(0, 0.02)-sized) with the model family's real tensor names, shapes and dtype, plus its config.json.");
        foreach (var option in new Option[] { Model, Out, Shrink, DType, Seed, ShardGb, Force }) synth.Options.Add(option);
        OutputOptionSet.AddTo(synth);
        synth.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var request = new SynthesisRequest(parse.GetValue(Model)!, parse.GetValue(Out)!, parse.GetValue(Shrink), parse.GetValue(DType)!,
                parse.GetValue(Seed), parse.GetValue(ShardGb), parse.GetValue(Force));
            request.Resolve();
            var clock = Stopwatch.StartNew();
            var result = ProgressDisplay.For(parse).Run("writing weights", progress => request.Run(progress));
            return new SynthesisReportBuilder(request, result, clock.Elapsed.TotalSeconds, "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value))).Build();
        }));
        var command = new Command("weights", "Model weight files: synthesise them for testing an offloading runtime.");
        command.Subcommands.Add(synth);
        return command;
    }
}
