using System.CommandLine;
using System.Diagnostics;
using System.Text;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Validation;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Offloading;
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
    private static readonly OutputFileOption Trace = new("--trace") { Description = "Write each generated token's routing as a JSONL trace for `moelab simulate` (MoE models)." };
    private static readonly Option<bool> Offload = new("--offload") { Description = "Stream routed experts from the checkpoint file (O_DIRECT) through a fixed cache instead of holding them all in RAM; the text is bit-identical." };
    private static readonly Option<int?> CacheExperts = new("--cache-experts") { Description = "With --offload: cached experts per MoE layer (default: half the experts, at least top-k)." };
    private static readonly Option<string> Policy = new("--policy") { Description = "With --offload: eviction policy (online ones: lru, lfu, lfu-perfect, fifo, arc).", DefaultValueFactory = _ => "lru" };
    private static readonly Option<string> Prefetch = new("--prefetch") { Description = "With --offload: none, or router (the next layer's router on the current hidden state).", DefaultValueFactory = _ => "none" };

    public static Command Create()
    {
        var command = new Command("generate", "Sample text from a model trained with `moelab train`.");
        command.Arguments.Add(CheckpointPath);
        foreach (var option in new Option[] { Prompt, Tokens, Temperature, TopK, Seed, Trace, Offload, CacheExperts, Policy, Prefetch }) command.Options.Add(option);
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
            using var offloaded = parse.GetValue(Offload) ? OpenOffloaded(parse, path, model.Config) : null;
            // The decoder reads the model through the tensor-source contract, named after the file for its messages.
            var generator = new TextGenerator(offloaded?.Decoder ?? MoeDecoder.Open(CheckpointTensorSource.FromModel(model, path)));
            var bytes = generator.Generate(Encoding.UTF8.GetBytes(prompt), sampling, recorder);
            var seconds = clock.Elapsed.TotalSeconds;
            var offloadSummary = offloaded is null ? null : GenerationOffload.From(offloaded);
            if (recorder is not null) recorder.Write(tracePath!);
            return new GenerationReportBuilder(path, model.Layout, prompt, Encoding.UTF8.GetString(bytes), sampling, seconds,
                recorder is null ? null : tracePath, recorder?.Records ?? 0, offloadSummary,
                "moelab " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1))).Build();
        }));
        return command;
    }

    private static OffloadedDecoder OpenOffloaded(ParseResult parse, string path, Engine.Model.EngineConfig config)
    {
        if (!config.IsMoe) throw new InvalidInputException("--offload needs an MoE checkpoint: this model has no routed experts", source: path, field: "--offload");
        var k = parse.GetValue(CacheExperts) ?? Math.Max(config.TopK, config.Experts / 2);
        Preconditions.InRange(k, 1, config.Experts, "--cache-experts");
        return OffloadRuntime.OpenDecoder(path, MoeLab.Offload.Caching.CachePolicySpec.Parse(parse.GetValue(Policy)!), MoeLab.Offload.Caching.CacheCapacity.InExperts(k), parse.GetValue(Prefetch)!);
    }
}
