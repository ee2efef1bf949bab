using MoeLab.Core.Seed001;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// The named designs. Both keep seed 001's shape of search — three budgets, a Phase-1 grid at the median d, d-sweeps
/// of every configuration — at sizes this CPU engine trains in seconds (micro, for tests) or under an hour on two
/// cores (small). docs/seed001-ladder.md gives the reasoning behind each number.
/// </summary>
public static class LadderDesigns
{
    /// <summary>
    /// 3 budgets × 4 depths × 5 expansions × 4 widths = 240 runs of 256-token steps, budgets a half-decade apart as
    /// seed 001's are. Four depths and five expansions so that every curve <c>moelab plan --runs</c> fits has at least
    /// 4 distinct values, spread to bracket the optima a pilot found (docs/seed001-ladder.md).
    /// </summary>
    public static LadderDesign Small(ulong seed = 1) => new LadderDesign
    {
        Name = "seed001-small",
        Backbone = CpuBackbone(routedExperts: 16, context: 64, headDim: 16),
        Budgets = [3e10, 1e11, 3e11],
        AnchorFlopsPerToken = 200e3,
        Depths = [4, 5, 6, 8],
        DepthExponent = 0.5,
        Expansions = [1.5, 3, 4.5, 6],
        SweepWidths = 4,
        BatchSize = 4,
        // A fixed 256 KiB held-out sample (1,024 batches of 4 × 64): the whole split for each of 240 short runs would cost more than their training.
        EvalBatches = TrainingOptions.BatchesHolding(TrainingOptions.HeldOutTokens, 4, 64),
        AnchorLearningRate = 5e-3,
        Seed = seed,
    }.Validated();

    /// <summary>
    /// Seconds: 3 budgets × 4 depths × 4 expansions × 4 widths = 192 toy runs of 32-token steps, the least grid whose
    /// every curve <c>moelab plan --runs</c> fits has 4 distinct values. Checks the pipeline, not the claim.
    /// </summary>
    public static LadderDesign Micro(ulong seed = 1) => new LadderDesign
    {
        Name = "seed001-micro",
        Backbone = CpuBackbone(routedExperts: 8, context: 16, headDim: 8),
        Budgets = [1e8, 2e8, 4e8],
        AnchorFlopsPerToken = 36e3,
        Depths = [4, 5, 6, 7],
        Expansions = [1.5, 2.25, 3, 3.75],
        SweepWidths = 4,
        BatchSize = 2,
        EvalBatches = 4,
        AnchorLearningRate = 5e-3,
        Seed = seed,
    }.Validated();

    public static IReadOnlyList<string> Names { get; } = ["seed001-micro", "seed001-small"];

    public static LadderDesign Get(string name, ulong seed = 1) => name.ToLowerInvariant() switch
    {
        "seed001-micro" => Micro(seed),
        "seed001-small" => Small(seed),
        _ => throw new InvalidInputException($"unknown seed-001 ladder design '{name}'; valid: {string.Join(", ", Names)}", field: "--design"),
    };

    /// <summary>Seed 001's backbone with every size cut down: top-1 routing plus the paper's one shared expert, N_q/N_kv = 2 (GQA as in the paper), bytes.</summary>
    private static Seed001Backbone CpuBackbone(int routedExperts, int context, int headDim) => new()
    {
        RoutedExperts = routedExperts,
        TopK = 1,
        SharedExperts = 1,
        ContextLength = context,
        QueryHeads = 2,
        KvHeads = 1,
        HeadDim = headDim,
        VocabSize = 256,
    };
}
