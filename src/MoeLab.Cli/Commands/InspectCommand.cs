using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Reports.Inspect;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab inspect NAME|PATH [NAME|PATH ...]`: exact parameters, FLOPs and memory of one or more models.</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var models = new Argument<string[]>("model")
        {
            Description = "Preset name (e.g. mixtral-8x7b, deepseek-v3), path to a config.json / MoeLab spec JSON, or a checkpoint from `moelab train --out`. Give several to compare.",
            Arity = ArgumentArity.OneOrMore,
        };
        var batch = new Option<long>("--batch") { Description = "Sequences in the KV cache at once (for KV-cache totals).", DefaultValueFactory = _ => 1 };
        var context = new Option<int?>("--context") { Description = "Context length S in tokens (default: the model's max_position_embeddings)." };
        var dtype = new Option<string?>("--dtype")
        {
            Description = "What-if weight precision: bf16, fp16, fp32 (all weights) or fp8, int8, int4, int4/g64, mxfp4 (big matrices; embeddings, head, router, norms stay bf16).",
        };
        var kvDtype = new Option<string?>("--kv-dtype") { Description = "KV-cache element format (e.g. bf16, fp8)." };

        var command = new Command("inspect", "Exact parameters (every counting convention), FLOPs per token, seed 001's triad, weight and KV-cache memory.");
        command.Arguments.Add(models);
        command.Options.Add(batch);
        command.Options.Add(context);
        command.Options.Add(dtype);
        command.Options.Add(kvDtype);
        OutputOptionSet.AddTo(command);
        command.Options.Add(OutputOptionSet.Verbose);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var request = new InspectRequest(
                parse.GetValue(models) ?? [],
                parse.GetValue(batch),
                parse.GetValue(context),
                parse.GetValue(dtype),
                parse.GetValue(kvDtype));
            return new InspectReportBuilder(request, "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value))).Build();
        }, InspectReportBuilder.Concise));
        return command;
    }
}
