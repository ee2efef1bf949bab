using MoeLab.Core.Validation;

namespace MoeLab.Engine.Training;

/// <summary>Everything that decides a training run besides the model shape and the data.</summary>
public sealed record TrainingOptions
{
    public int Steps { get; init; } = 200;
    public int BatchSize { get; init; } = 8;
    public int SequenceLength { get; init; } = 128;
    /// <summary>Micro-batches per optimiser step; gradients are averaged over them.</summary>
    public int AccumulationSteps { get; init; } = 1;
    public ScheduleKind Schedule { get; init; } = ScheduleKind.Cosine;
    public double PeakLearningRate { get; init; } = 3e-3;
    public double MinLearningRate { get; init; } = 3e-4;
    public int WarmupSteps { get; init; } = 20;
    /// <summary>WSD only: the share of steps spent decaying at the end.</summary>
    public double DecayFraction { get; init; } = 0.2;
    public double Beta1 { get; init; } = 0.9;
    public double Beta2 { get; init; } = 0.95;
    public double WeightDecay { get; init; } = 0.1;
    /// <summary>Global gradient-norm clip; 0 disables clipping.</summary>
    public double GradientClip { get; init; } = 1.0;
    public ulong Seed { get; init; } = 1337;
    /// <summary>
    /// Validation batches in each evaluation: 0 (the default) scores the whole validation split in consecutive windows;
    /// N scores N batches of windows spread evenly over it (cheaper, less precise: 8 batches of tiny-moe were 2.7% off).
    /// </summary>
    public int EvalBatches { get; init; }

    /// <summary>
    /// The fewest batches of B × T tokens that hold at least <paramref name="tokens"/> tokens: a fixed held-out sample for
    /// runs too short to afford the whole validation split each (the ladders use 256 KiB).
    /// </summary>
    public static int BatchesHolding(long tokens, int batchSize, int sequenceLength) =>
        (int)Math.Max(1, (tokens + (long)batchSize * sequenceLength - 1) / ((long)batchSize * sequenceLength));

    /// <summary>256 KiB of validation bytes: enough that the ladders' losses are precise to well under their differences.</summary>
    public const long HeldOutTokens = 256 * 1024;

    [System.Text.Json.Serialization.JsonIgnore]
    public long TokensPerStep => (long)BatchSize * SequenceLength * AccumulationSteps;

    [System.Text.Json.Serialization.JsonIgnore]
    public LearningRateSchedule LearningRates =>
        new LearningRateSchedule(Schedule, PeakLearningRate, MinLearningRate, WarmupSteps, Steps, DecayFraction).Validated();

    [System.Text.Json.Serialization.JsonIgnore]
    public AdamWSettings Optimizer => new(Beta1, Beta2, 1e-8, WeightDecay);

    public TrainingOptions Validated(int contextLength)
    {
        Preconditions.InRange(Steps, 1, 100_000_000, "steps");
        Preconditions.InRange(BatchSize, 1, 1 << 16, "batch");
        Preconditions.InRange(SequenceLength, 1, contextLength, "seq-len");
        Preconditions.InRange(AccumulationSteps, 1, 1 << 16, "grad-accum");
        Preconditions.InRange(Beta1, 0.0, 0.999999, "beta1");
        Preconditions.InRange(Beta2, 0.0, 0.999999, "beta2");
        Preconditions.NonNegative(WeightDecay, "weight-decay");
        Preconditions.NonNegative(GradientClip, "clip");
        Preconditions.InRange(EvalBatches, 0, 1 << 16, "eval-batches");
        _ = LearningRates;
        return this;
    }
}
