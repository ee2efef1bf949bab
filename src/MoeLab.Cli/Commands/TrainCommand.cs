using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Import;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Data;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;
using MoeLab.Reports.Engine;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab train`: trains a small MoE (or dense) byte-level model on the CPU and reports what it measured.</summary>
public static class TrainCommand
{
    private static readonly Option<string> Preset = new Option<string>("--preset") { Description = "Engine shape.", DefaultValueFactory = _ => "tiny-moe" }.OneOf([.. EnginePresets.Names]);
    private static readonly Option<string?> Spec = new("--spec") { Description = "Build the model from a MoeLab spec JSON, a Hugging Face config.json (vocabulary must be 256) or a checkpoint from `moelab train --out` (its shape, fresh weights) instead of a preset." };
    private static readonly Option<int?> Dim = new("--dim") { Description = "Override the model width d." };
    private static readonly Option<int?> Layers = new("--layers") { Description = "Override the number of layers." };
    private static readonly Option<int?> Experts = new("--experts") { Description = "Override routed experts per MoE layer (0 = dense)." };
    private static readonly Option<int?> TopK = new("--top-k") { Description = "Override experts per token." };
    private static readonly Option<int?> ExpertHidden = new("--expert-hidden") { Description = "Override the width of one expert." };
    private static readonly Option<int?> Shared = new("--shared-experts") { Description = "Override shared experts per MoE layer." };
    private static readonly Option<int?> Granularity = new("--granularity") { Description = "Split every expert g ways (g·E experts of width h/g, top-g·k): the same total and active expert parameters, finer experts (seed 000's granularity)." };
    private static readonly Option<int?> Sectional = new("--sectional") { Description = "Seed 002's sectional MoE: replace the FFN with E sections of width d/E (start from a dense model, e.g. --preset tiny-dense)." };
    private static readonly Option<bool> SectionalMixing = new("--sectional-mixing") { Description = "With --sectional: mix the sections with a d×d projection after the merge." };
    private static readonly Option<int?> SectionalHeads = new("--sectional-heads") { Description = "With --sectional: heads n' of the sectional block's pre-expert self-attention (default: none)." };
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
    private static readonly Option<int> EvalBatches = new("--eval-batches") { Description = "Validation batches per evaluation: 0 = the whole validation split (exact; the default), N = N batches of windows spread over it (faster, less precise).", DefaultValueFactory = _ => 0 };
    private static readonly Option<int> EvalEvery = new("--eval-every") { Description = "Also evaluate every N steps (0 = only at the end).", DefaultValueFactory = _ => 0 };
    private static readonly OutputFileOption Out = new("--out") { Description = "Write a safetensors checkpoint (resumable) here: at the end, every --checkpoint-every steps, and on Ctrl-C." };
    private static readonly Option<string?> Resume = new("--resume") { Description = "Continue a checkpoint exactly where it stopped (its own model and options apply; --steps may extend it). Without --out it is updated in place." };
    private static readonly Option<int> CheckpointEvery = new("--checkpoint-every") { Description = "Also save the checkpoint (--out, or the --resume file) every N steps, so a killed run loses at most N steps; 0 = only at the end and on Ctrl-C.", DefaultValueFactory = _ => 50 };
    private static readonly OutputFileOption Runs = new("--runs") { Description = "Append this run's row (N, N_active, D, C, loss, G, E, top_k, spec) to a CSV runs table for `moelab fit`." };
    private static readonly OutputFileOption Trace = new("--trace") { Description = "Write the routing of the first validation batch as a JSONL trace for `moelab simulate`." };
    private static readonly Option<string?> Name = new("--name") { Description = "Run name in the runs table (default: derived from the shape and seed)." };

    public static Command Create()
    {
        var command = new Command("train", "Train a small byte-level MoE or dense transformer on the CPU (explicit backward passes, AdamW, BLAS) and report loss, bits per byte and speed. " +
            "Ctrl-C stops after the current step, saves a checkpoint, says how to resume, and exits 130; the resumed run ends bit-identical to an uninterrupted one.");
        foreach (var option in new Option[] { Preset, Spec, Dim, Layers, Experts, TopK, ExpertHidden, Shared, Granularity, Sectional, SectionalMixing, SectionalHeads, Data, Steps, Batch, SeqLen, Accum, Lr, MinLr, Warmup, Schedule, Clip, Seed, EvalBatches, EvalEvery, Out, Resume, CheckpointEvery, Runs, Trace, Name })
            command.Options.Add(option);
        OutputOptionSet.AddTo(command);
        HelpExamples.Add(command,
            "moelab train --preset tiny-moe --data brown --out m.safetensors   # Ctrl-C keeps m.safetensors",
            "moelab train --resume m.safetensors                             # continue it where it stopped");
        command.SetAction(parse => CommandRunner.RunInterruptible(parse, (cancel, stderr) =>
        {
            // Without --out the checkpoints go back into the --resume file: check it as an output too, before training.
            if (parse.GetValue(Out) is null && parse.GetValue(Resume) is { } resumed) OutputFile.At(resumed, "--resume");
            var request = ReadRequest(parse);
            BlasNotice.BeforeEngineWork(stderr);
            var corpus = LoadCorpus(parse.GetValue(Data)!);
            var total = parse.GetValue(Steps);
            TrainOutcome outcome;
            try
            {
                var display = ProgressDisplay.For(parse);
                outcome = display.Run("training", progress => EngineTrainer.Run(request, corpus,
                    r => progress.Report((double)r.Step / Math.Max(r.Step, total)), cancel,
                    (step, path) => { if (display.LogsMilestones) stderr.WriteLine($"moelab train: step {step}: checkpoint saved to {path}"); }));
            }
            catch (TrainingInterruptedException e) when (cancel.IsCancellationRequested)
            {
                stderr.WriteLine($"moelab train: {e.Message}" + (e.CheckpointPath is { } kept ? $". Continue with: {ResumeCommand(parse, kept)}" : ""));
                return null;
            }
            return new TrainingReportBuilder(outcome, "moelab " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1))).Build();
        }));
        return command;
    }

    /// <summary>
    /// The run the command line asks for. A fresh run's checkpoint goes to --out; a resumed run's to --out or else back
    /// into the --resume file. With neither, an interrupted run saves to a free name in the current directory.
    /// </summary>
    private static TrainRequest ReadRequest(ParseResult parse)
    {
        var every = parse.GetValue(CheckpointEvery);
        Preconditions.That(every >= 0, $"must be 0 (off) or a positive number of steps, got {every}", "--checkpoint-every");
        var resume = parse.GetValue(Resume);
        var checkpoint = parse.GetValue(Out) ?? resume;
        var (runs, trace, evalEvery, name) = (parse.GetValue(Runs), parse.GetValue(Trace), parse.GetValue(EvalEvery), parse.GetValue(Name));
        Preconditions.NonNegative(evalEvery, "--eval-every");
        var request = resume is null
            ? ReadFreshRequest(parse, name, checkpoint, runs, trace, evalEvery)
            : new TrainRequest(null, null, name, checkpoint, resume, runs, trace, evalEvery,
                parse.GetResult(Steps) is { Implicit: false } ? parse.GetValue(Steps) : null) { Expected = ReadExpectation(parse) };
        return request with { CheckpointEvery = every, InterruptCheckpoint = checkpoint is null ? FreeCheckpointName : null };
    }

    private static TrainRequest ReadFreshRequest(ParseResult parse, string? name, string? checkpoint, string? runs, string? trace, int evalEvery)
    {
        var config = ReadConfig(parse);
        return new TrainRequest(config, ReadOptions(parse, config), name, checkpoint, null, runs, trace, evalEvery);
    }

    /// <summary>The first of moelab-train-checkpoint.safetensors, …-2, …-3 … that does not exist, in the current directory.</summary>
    private static string FreeCheckpointName()
    {
        for (var i = 1; ; i++)
        {
            var name = i == 1 ? "moelab-train-checkpoint.safetensors" : $"moelab-train-checkpoint-{i}.safetensors";
            if (!File.Exists(name)) return name;
        }
    }

    /// <summary>The command that continues an interrupted run: the checkpoint plus the options a checkpoint does not hold.</summary>
    private static string ResumeCommand(ParseResult parse, string checkpoint)
    {
        var parts = new List<string> { "moelab train --resume", ShellQuoting.Quote(checkpoint) };
        foreach (var option in new Option[] { Data, Runs, Trace, Name, EvalEvery, CheckpointEvery })
            if (parse.GetResult(option) is { Implicit: false } given)
                parts.Add($"{option.Name} {string.Join(' ', given.Tokens.Select(t => ShellQuoting.Quote(t.Value)))}");
        return string.Join(' ', parts);
    }

    /// <summary>
    /// What a resuming command line asks for besides the checkpoint: the model of an explicit --preset or --spec (with
    /// any shape overrides), or else each explicit shape override; and each explicit training option except --steps.
    /// </summary>
    private static ResumeExpectation ReadExpectation(ParseResult parse)
    {
        var settings = new List<ExpectedSetting>();
        void Expect<T>(Option<T> option, string property, bool ofModel = false, Func<T, object>? convert = null)
        {
            if (parse.GetResult(option) is { Implicit: false } && parse.GetValue(option) is { } value)
                settings.Add(new ExpectedSetting(property, option.Name, convert is null ? value : convert(value), ofModel));
        }
        Option[] shape = [Preset, Spec, Dim, Layers, Experts, TopK, ExpertHidden, Shared, Granularity, Sectional, SectionalMixing, SectionalHeads];
        var named = parse.GetResult(Preset) is { Implicit: false } || parse.GetResult(Spec) is { Implicit: false };
        var source = string.Join(' ', shape.Select(o => (o, parse.GetResult(o))).Where(x => x.Item2 is { Implicit: false })
            .Select(x => $"{x.o.Name} {string.Join(' ', x.Item2!.Tokens.Select(t => t.Value))}"));
        if (!named)
        {
            Expect(Dim, nameof(EngineConfig.ModelDim), ofModel: true);
            Expect(Layers, nameof(EngineConfig.Layers), ofModel: true);
            Expect(Experts, nameof(EngineConfig.Experts), ofModel: true);
            Expect(TopK, nameof(EngineConfig.TopK), ofModel: true);
            Expect(ExpertHidden, nameof(EngineConfig.ExpertHidden), ofModel: true);
            Expect(Shared, nameof(EngineConfig.SharedExperts), ofModel: true);
        }
        Expect(Batch, nameof(TrainingOptions.BatchSize));
        Expect(SeqLen, nameof(TrainingOptions.SequenceLength));
        Expect(Accum, nameof(TrainingOptions.AccumulationSteps));
        Expect(Lr, nameof(TrainingOptions.PeakLearningRate));
        Expect(MinLr, nameof(TrainingOptions.MinLearningRate));
        Expect(Warmup, nameof(TrainingOptions.WarmupSteps));
        Expect(Schedule, nameof(TrainingOptions.Schedule), convert: s => ParseSchedule(s));
        Expect(Clip, nameof(TrainingOptions.GradientClip));
        Expect(Seed, nameof(TrainingOptions.Seed), convert: s => (ulong)s);
        Expect(EvalBatches, nameof(TrainingOptions.EvalBatches));
        return new ResumeExpectation(named ? ReadConfig(parse) : null, source, settings);
    }

    internal static EngineConfig ReadConfig(ParseResult parse)
    {
        var config = parse.GetValue(Spec) is { } spec
            ? ModelResolver.EngineCheckpointConfig(spec) ?? EngineSpecs.FromMoeSpec(ModelFile.Read(spec).Spec)
            : EnginePresets.Get(parse.GetValue(Preset)!);
        if (parse.GetValue(Dim) is { } d) config = config with { ModelDim = d, DenseHidden = 3 * d, ExpertHidden = config.IsMoe ? config.ExpertHidden * d / config.ModelDim : 3 * d };
        if (parse.GetValue(Layers) is { } l) config = config with { Layers = l, FirstDenseLayers = Math.Min(config.FirstDenseLayers, l) };
        if (parse.GetValue(Experts) is { } e) config = config with { Experts = e, TopK = Math.Min(config.TopK, Math.Max(1, e)) };
        if (parse.GetValue(TopK) is { } k) config = config with { TopK = k };
        if (parse.GetValue(ExpertHidden) is { } h) config = config with { ExpertHidden = h };
        if (parse.GetValue(Shared) is { } s) config = config with { SharedExperts = s };
        if (parse.GetValue(Granularity) is { } g) config = config.WithExpertsSplit(g);
        if (parse.GetValue(Sectional) is { } sections)
        {
            Preconditions.That(!config.IsMoe, $"--sectional replaces the FFN of a dense model; this one has {config.Experts} routed experts (use --preset tiny-dense, or --experts 0)", "--sectional");
            Preconditions.Positive(sections, "--sectional");
            config = config with { SectionalExperts = sections, SectionalMixing = parse.GetValue(SectionalMixing), SectionalPreExpertHeads = parse.GetValue(SectionalHeads) ?? 0 };
        }
        else
        {
            Preconditions.That(parse.GetResult(SectionalMixing) is null or { Implicit: true } && parse.GetValue(SectionalHeads) is null,
                "--sectional-mixing and --sectional-heads belong to --sectional E", "--sectional");
        }
        Preconditions.That(config.VocabSize == 256, $"the engine trains on bytes (vocabulary 256); the model has {config.VocabSize}", "vocab_size");
        return config.Validated();
    }

    private static TrainingOptions ReadOptions(ParseResult parse, EngineConfig config)
    {
        var steps = parse.GetValue(Steps);
        var lr = parse.GetValue(Lr);
        var schedule = ParseSchedule(parse.GetValue(Schedule)!);
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

    private static ScheduleKind ParseSchedule(string name) => name.ToLowerInvariant() switch
    {
        "cosine" => ScheduleKind.Cosine,
        "wsd" => ScheduleKind.Wsd,
        var other => throw new InvalidInputException($"unknown schedule '{other}'; valid: cosine, wsd", field: "--schedule"),
    };

    internal static TokenCorpus LoadCorpus(string data)
    {
        if (data.Equals("brown", StringComparison.OrdinalIgnoreCase))
            return BrownCorpus.Load(BrownCorpus.EnsureInstalled(BrownCorpus.LocateRepoRoot(), Console.Error));
        if (!File.Exists(data)) throw new InvalidInputException("text file not found (or use --data brown)", source: data, field: "--data");
        return TokenCorpus.FromTextFile(data);
    }
}
