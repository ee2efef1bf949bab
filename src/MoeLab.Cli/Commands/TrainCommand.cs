using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Import;
using MoeLab.Core.Validation;
using MoeLab.Engine.Data;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;
using MoeLab.Reports.Engine;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab train`: trains a small MoE (or dense) byte-level model on the CPU and reports what it measured.</summary>
public static class TrainCommand
{
    private static readonly Option<string> Preset = new Option<string>("--preset") { Description = "Engine shape.", DefaultValueFactory = _ => "tiny-moe" }.OneOf([.. EnginePresets.Names]);
    private static readonly Option<string?> Spec = new("--spec") { Description = "Build the model from a MoeLab spec JSON or Hugging Face config.json instead of a preset (vocabulary must be 256)." };
    private static readonly Option<int?> Dim = new("--dim") { Description = "Override the model width d." };
    private static readonly Option<int?> Layers = new("--layers") { Description = "Override the number of layers." };
    private static readonly Option<int?> Experts = new("--experts") { Description = "Override routed experts per MoE layer (0 = dense)." };
    private static readonly Option<int?> TopK = new("--top-k") { Description = "Override experts per token." };
    private static readonly Option<int?> ExpertHidden = new("--expert-hidden") { Description = "Override the width of one expert." };
    private static readonly Option<int?> Shared = new("--shared-experts") { Description = "Override shared experts per MoE layer." };
    private static readonly Option<string> Data = new("--data") { Description = "'brown' (the Brown corpus, installed on first use) or a UTF-8 text file (last 10% = validation).", DefaultValueFactory = _ => "brown" };
    private static readonly Option<int> Steps = new("--steps") { Description = "Optimiser steps.", DefaultValueFactory = _ => 200 };
    private static readonly Option<int> Batch = new("--batch") { Description = "Sequences per micro-batch.", DefaultValueFactory = _ => 8 };
    private static readonly Option<int?> SeqLen = new("--seq-len") { Description = "Tokens per sequence (default: the model's context length)." };
    private static readonly Option<int> Accum = new("--grad-accum") { Description = "Micro-batches per optimiser step.", DefaultValueFactory = _ => 1 };
    private static readonly Option<double> Lr = new("--lr") { Description = "Peak learning rate.", DefaultValueFactory = _ => 3e-3 };
    private static readonly Option<double?> MinLr = new("--min-lr") { Description = "Final learning rate (default: peak / 10)." };
    private static readonly Option<int?> Warmup = new("--warmup") { Description = "Warm-up steps (default: 10% of steps)." };
    private static readonly Option<string> Schedule = new Option<string>("--schedule") { Description = "Learning-rate schedule after warm-up.", DefaultValueFactory = _ => "cosine" }.OneOf("cosine", "wsd");
    private static readonly Option<double> Clip = new("--clip") { Description = "Gradient-norm clip (0 = off).", DefaultValueFactory = _ => 1.0 };
    private static readonly Option<long> Seed = new("--seed") { Description = "Seed for initialisation and batch sampling.", DefaultValueFactory = _ => 1337 };
    private static readonly Option<int> EvalBatches = new("--eval-batches") { Description = "Validation batches per evaluation.", DefaultValueFactory = _ => 8 };
    private static readonly Option<int> EvalEvery = new("--eval-every") { Description = "Also evaluate every N steps (0 = only at the end).", DefaultValueFactory = _ => 0 };
    private static readonly OutputFileOption Out = new("--out") { Description = "Write a safetensors checkpoint (resumable) here." };
    private static readonly Option<string?> Resume = new("--resume") { Description = "Continue a checkpoint exactly where it stopped (its own model and options apply; --steps may extend it)." };
    private static readonly OutputFileOption Runs = new("--runs") { Description = "Append this run's row (N, N_active, D, C, loss, G, E, top_k, spec) to a CSV runs table for `moelab fit`." };
    private static readonly OutputFileOption Trace = new("--trace") { Description = "Write the routing of the first validation batch as a JSONL trace for `moelab simulate`." };
    private static readonly Option<string?> Name = new("--name") { Description = "Run name in the runs table (default: derived from the shape and seed)." };

    public static Command Create()
    {
        var command = new Command("train", "Train a small byte-level MoE or dense transformer on the CPU (explicit backward passes, AdamW, BLAS) and report loss, bits per byte and speed.");
        foreach (var option in new Option[] { Preset, Spec, Dim, Layers, Experts, TopK, ExpertHidden, Shared, Data, Steps, Batch, SeqLen, Accum, Lr, MinLr, Warmup, Schedule, Clip, Seed, EvalBatches, EvalEvery, Out, Resume, Runs, Trace, Name })
            command.Options.Add(option);
        OutputOptionSet.AddTo(command);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var config = ReadConfig(parse);
            var options = ReadOptions(parse, config);
            var corpus = LoadCorpus(parse.GetValue(Data)!);
            var request = new TrainRequest(config, options,
                parse.GetValue(Name) ?? $"{RunRow.Describe(config)}-s{options.Seed}",
                parse.GetValue(Out), parse.GetValue(Resume), parse.GetValue(Runs), parse.GetValue(Trace), parse.GetValue(EvalEvery),
                parse.GetResult(Steps) is { Implicit: false } ? options.Steps : null);
            var outcome = ProgressDisplay.Run("training", progress => EngineTrainer.Run(request, corpus,
                r => progress.Report((double)r.Step / Math.Max(r.Step, options.Steps))));
            return new TrainingReportBuilder(outcome, "moelab " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1))).Build();
        }));
        return command;
    }

    internal static EngineConfig ReadConfig(ParseResult parse)
    {
        var config = parse.GetValue(Spec) is { } spec
            ? EngineSpecs.FromMoeSpec(ModelFile.Read(spec).Spec)
            : EnginePresets.Get(parse.GetValue(Preset)!);
        if (parse.GetValue(Dim) is { } d) config = config with { ModelDim = d, DenseHidden = 3 * d, ExpertHidden = config.IsMoe ? config.ExpertHidden * d / config.ModelDim : 3 * d };
        if (parse.GetValue(Layers) is { } l) config = config with { Layers = l, FirstDenseLayers = Math.Min(config.FirstDenseLayers, l) };
        if (parse.GetValue(Experts) is { } e) config = config with { Experts = e, TopK = Math.Min(config.TopK, Math.Max(1, e)) };
        if (parse.GetValue(TopK) is { } k) config = config with { TopK = k };
        if (parse.GetValue(ExpertHidden) is { } h) config = config with { ExpertHidden = h };
        if (parse.GetValue(Shared) is { } s) config = config with { SharedExperts = s };
        Preconditions.That(config.VocabSize == 256, $"the engine trains on bytes (vocabulary 256); the model has {config.VocabSize}", "vocab_size");
        return config.Validated();
    }

    private static TrainingOptions ReadOptions(ParseResult parse, EngineConfig config)
    {
        var steps = parse.GetValue(Steps);
        var lr = parse.GetValue(Lr);
        var schedule = parse.GetValue(Schedule)!.ToLowerInvariant() switch
        {
            "cosine" => ScheduleKind.Cosine,
            "wsd" => ScheduleKind.Wsd,
            var other => throw new InvalidInputException($"unknown schedule '{other}'; valid: cosine, wsd", field: "--schedule"),
        };
        return new TrainingOptions
        {
            Steps = steps,
            BatchSize = parse.GetValue(Batch),
            SequenceLength = parse.GetValue(SeqLen) ?? config.ContextLength,
            AccumulationSteps = parse.GetValue(Accum),
            Schedule = schedule,
            PeakLearningRate = lr,
            MinLearningRate = parse.GetValue(MinLr) ?? lr / 10,
            WarmupSteps = parse.GetValue(Warmup) ?? Math.Max(1, steps / 10),
            GradientClip = parse.GetValue(Clip),
            Seed = (ulong)parse.GetValue(Seed),
            EvalBatches = parse.GetValue(EvalBatches),
        }.Validated(config.ContextLength);
    }

    internal static TokenCorpus LoadCorpus(string data)
    {
        if (data.Equals("brown", StringComparison.OrdinalIgnoreCase))
            return BrownCorpus.Load(BrownCorpus.EnsureInstalled(BrownCorpus.LocateRepoRoot(), Console.Error));
        if (!File.Exists(data)) throw new InvalidInputException("text file not found (or use --data brown)", source: data, field: "--data");
        return TokenCorpus.FromText(Path.GetFileName(data), File.ReadAllText(data));
    }
}
