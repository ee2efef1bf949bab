using System.Diagnostics;
using System.Numerics;
using MoeLab.Engine.Data;
using MoeLab.Engine.Kernels;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training;

/// <summary>
/// A training run in progress: the model, its optimiser and the position in the schedule. Step s always draws the
/// same batches and learning rate, so a session resumed from a checkpoint continues the same loss curve exactly.
/// </summary>
public sealed class TrainingSession
{
    private readonly List<StepRecord> _history = [];
    private readonly int[] _tokens, _targets;
    private readonly LearningRateSchedule _schedule;

    public TrainingSession(EngineConfig config, TrainingOptions options, TokenCorpus corpus)
        : this(new Transformer<float>(config), options, corpus)
    {
        Model.Initialise(options.Seed);
    }

    internal TrainingSession(Transformer<float> model, TrainingOptions options, TokenCorpus corpus)
    {
        Model = model;
        Options = options.Validated(model.Config.ContextLength);
        Corpus = corpus;
        Optimizer = new AdamW<float>(model.Layout, options.Optimizer);
        _schedule = Options.LearningRates; // built once: the property makes a new schedule on every read
        _tokens = new int[options.BatchSize * options.SequenceLength];
        _targets = new int[_tokens.Length];
    }

    public Transformer<float> Model { get; }
    public AdamW<float> Optimizer { get; }
    public TrainingOptions Options { get; }
    public TokenCorpus Corpus { get; }
    public EngineConfig Config => Model.Config;

    /// <summary>Optimiser steps completed.</summary>
    public int StepsDone { get; internal set; }

    public IReadOnlyList<StepRecord> History => _history;

    public bool Finished => StepsDone >= Options.Steps;

    internal void RestoreHistory(IEnumerable<StepRecord> records) => _history.AddRange(records);

    /// <summary>Runs one optimiser step (all its micro-batches) and records it.</summary>
    public StepRecord Step()
    {
        if (Finished) throw new InvalidOperationException($"the run already finished its {Options.Steps} steps");
        var started = Stopwatch.GetTimestamp();
        var o = Options;
        var flopsBefore = Model.Flops.TotalFlops;
        Model.ZeroGradients();
        var scale = 1.0 / o.AccumulationSteps;
        double loss = 0, ce = 0, lb = 0, z = 0;
        for (var micro = 0; micro < o.AccumulationSteps; micro++)
        {
            Corpus.TrainBatch(_tokens, _targets, o.BatchSize, o.SequenceLength, o.Seed, StepsDone, micro);
            var losses = Model.Forward(_tokens, _targets, o.BatchSize, o.SequenceLength);
            Model.Backward(scale);
            loss += losses.Total * scale; ce += losses.CrossEntropy * scale; lb += losses.LoadBalance * scale; z += losses.RouterZ * scale;
        }
        var norm = GradientNorm(Model.Gradients);
        var clipScale = o.GradientClip > 0 && norm > o.GradientClip ? o.GradientClip / norm : 1.0;
        var lr = _schedule.RateAt(StepsDone);
        Optimizer.Update(Model.Parameters, Model.Gradients, lr, clipScale);
        StepsDone++;
        var previous = _history.Count > 0 ? _history[^1] : null;
        var record = new StepRecord(StepsDone, lr, loss, ce, lb, z, norm, StepsDone * o.TokensPerStep,
            (previous?.ElapsedSeconds ?? 0) + Stopwatch.GetElapsedTime(started).TotalSeconds, Model.Flops.TotalFlops - flopsBefore);
        _history.Add(record);
        return record;
    }

    /// <summary>Mean validation cross-entropy and its standard error over the validation windows the options name (by default the whole split).</summary>
    public EvaluationResult Evaluate() => ValidationEvaluation.Run(Model, Corpus, Options, _tokens, _targets);

    /// <summary>
    /// L2 norm of all gradients: squares summed in float64 within fixed chunks of <see cref="NormChunk"/> elements (in
    /// parallel), then the chunks' sums in order — the same fixed order on every run and any number of threads.
    /// </summary>
    public static double GradientNorm(ReadOnlySpan<float> gradients)
    {
        var chunks = (gradients.Length + NormChunk - 1) / NormChunk;
        var partials = chunks <= 1024 ? stackalloc double[chunks] : new double[chunks];
        unsafe
        {
            fixed (float* g = gradients) fixed (double* sums = partials)
            {
                var body = new SquareSums { G = g, Length = gradients.Length, Sums = sums };
                WorkerTeam.For(chunks, ref body);
            }
        }
        var sum = 0.0;
        foreach (var partial in partials) sum += partial;
        return Math.Sqrt(sum);
    }

    private const int NormChunk = 1 << 15;

    private unsafe struct SquareSums : IIndexedWork
    {
        public float* G;
        public int Length;
        public double* Sums;

        public readonly void Run(int index)
        {
            var end = Math.Min(Length, (index + 1) * NormChunk);
            var i = index * NormChunk;
            // Each float widened to double before it is squared, so no square rounds in float; lanes summed in a fixed order.
            var lanes = Vector<float>.Count;
            var (even, odd) = (Vector<double>.Zero, Vector<double>.Zero);
            for (; i + lanes <= end; i += lanes)
            {
                Vector.Widen(Vector.Load(G + i), out Vector<double> low, out Vector<double> high);
                even += low * low;
                odd += high * high;
            }
            var sum = Vector.Sum(even + odd);
            for (; i < end; i++) sum += (double)G[i] * G[i];
            Sums[index] = sum;
        }
    }
}
