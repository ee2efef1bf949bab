using System.CommandLine;
using System.Diagnostics;
using System.Text;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Validation;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Traces;
using MoeLab.Engine.Weights;
using MoeLab.Reports.Engine;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab generate`: samples text from a checkpoint written by `moelab train`, optionally tracing its routing.</summary>
public static class GenerateCommand
{
    private static readonly Argument<string> CheckpointPath = new("checkpoint") { Description = "A safetensors checkpoint written by `moelab train --out`." };
    private static readonly Option<string> Prompt = new("--prompt") { Description = "Text to continue.", DefaultValueFactory = _ => "The " };
    private static readonly Option<int> Tokens = new("--tokens") { Description = "Bytes to generate.", DefaultValueFactory = _ => 200 };
    private static readonly Option<double> Temperature = new("--temperature") { Description = "Sampling temperature (0 = greedy).", DefaultValueFactory = _ => 0.8 };
    private static readonly Option<int> TopK = new("--top-k") { Description = "Sample only among the k most likely bytes (0 = all).", DefaultValueFactory = _ => 0 };
    private static readonly Option<long> Seed = new("--seed") { Description = "Sampling seed.", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> Trace = new("--trace") { Description = "Write each generated token's routing as a JSONL trace for `moelab simulate` (MoE models)." };

    public static Command Create()
    {
        var command = new Command("generate", "Sample text from a model trained with `moelab train`.");
        command.Arguments.Add(CheckpointPath);
        foreach (var option in new Option[] { Prompt, Tokens, Temperature, TopK, Seed, Trace }) command.Options.Add(option);
        OutputOptionSet.AddTo(command);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var path = parse.GetValue(CheckpointPath)!;
            var sampling = new SamplingOptions(
                Preconditions.InRange(parse.GetValue(Tokens), 1, 1_000_000, "--tokens"),
                Preconditions.NonNegative(parse.GetValue(Temperature), "--temperature"),
                Preconditions.InRange(parse.GetValue(TopK), 0, 256, "--top-k"),
                (ulong)parse.GetValue(Seed));
            var (model, _) = Checkpoint.LoadModel(path);
            var tracePath = parse.GetValue(Trace);
            var recorder = tracePath is not null && model.Config.IsMoe ? new RoutingTraceRecorder("moelab-generate") : null;
            var prompt = parse.GetValue(Prompt)!;
            var clock = Stopwatch.StartNew();
            // The decoder reads the model through the tensor-source contract, named after the file for its messages.
            var generator = new TextGenerator(MoeDecoder.Open(CheckpointTensorSource.FromModel(model, path)));
            var bytes = generator.Generate(Encoding.UTF8.GetBytes(prompt), sampling, recorder);
            var seconds = clock.Elapsed.TotalSeconds;
            if (recorder is not null) recorder.Write(tracePath!);
            return new GenerationReportBuilder(path, model.Layout, prompt, Encoding.UTF8.GetString(bytes), sampling, seconds,
                recorder is null ? null : tracePath, recorder?.Records ?? 0,
                "moelab " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1))).Build();
        }));
        return command;
    }
}
