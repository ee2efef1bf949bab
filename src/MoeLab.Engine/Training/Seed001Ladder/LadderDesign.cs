using System.Text.Json.Serialization;
using MoeLab.Core.Seed001;
using MoeLab.Core.Validation;
using MoeLab.Scaling.Planning.Defaults;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// A CPU-sized run of seed 001's two-phase search: at each budget C a Phase-1 grid over (M/N_a, N/N_a) with d at
/// the median of its feasible interval, then Phase-2 d-sweeps of those configurations. Everything the paper fixes
/// is fixed here too, only smaller (docs/seed001-ladder.md lists each departure and why).
/// </summary>
public sealed record LadderDesign
{
    public required string Name { get; init; }

    /// <summary>Seed 001's fixed backbone, CPU-sized: N_e, K, one shared expert, S, N_q/N_kv × d_qkv, bytes, d_d = 3d.</summary>
    public required Seed001Backbone Backbone { get; init; }

    /// <summary>The nominal training budgets C in FLOPs as the engine counts them, ascending.</summary>
    public required IReadOnlyList<double> Budgets { get; init; }

    /// <summary>M (FLOPs per token, seed 001's convention) at the first budget; the others follow <see cref="FlopsPerTokenExponent"/>.</summary>
    public required double AnchorFlopsPerToken { get; init; }

    /// <summary>Seed 001's M_opt(C) ∝ C^0.5437: its exponent is kept, its coefficient is not (it gives M ≈ 42 k FLOPs/token at 1e11, N_a ≈ 6 k).</summary>
    public double FlopsPerTokenExponent { get; init; } = 0.5437;

    /// <summary>
    /// The Phase-1 grid over x = M/N_a, given by the depths it produces: L = (M − 6N_a)/(6·S·N_q·d_qkv) must be whole
    /// for a buildable model, so x takes the values 6M/(M − 6·S·N_q·d_qkv·L) for these L.
    /// </summary>
    public IReadOnlyList<int> Depths { get; init; } = [];

    /// <summary>
    /// How the depth grid follows the budget: at C the depths are <see cref="Depths"/> × (M(C)/M₁)^this, rounded. With
    /// attention fixed, a fixed grid slides x toward 6 as M grows while the best depth grows with it (a pilot on the
    /// small design found L* ≈ 6 at 3e10 and ≥ 10 at 3e11), so the grid would leave the optimum behind.
    /// </summary>
    public double DepthExponent { get; init; }

    /// <summary>The Phase-1 grid over y = N/N_a, inside (1, (N_e + 1)/(K + 1)).</summary>
    public IReadOnlyList<double> Expansions { get; init; } = [];

    /// <summary>
    /// Instead of the grid (<see cref="Depths"/> × <see cref="Expansions"/> at every budget), the configurations to
    /// train, each at its own budget (a design file's <c>configurations:</c>). Null for a grid design; left out of the
    /// manifest's hash then, so grid designs hash as they did before configurations existed.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LadderConfiguration>? Configurations { get; init; }

    /// <summary>Widths in each configuration's d-sweep, the Phase-1 (proxy) width included.</summary>
    public required int SweepWidths { get; init; }

    /// <summary>Sequences of S tokens per optimiser step.</summary>
    public required int BatchSize { get; init; }

    /// <summary>Validation batches each run evaluates (0: the whole validation split); see <see cref="TrainingOptions.EvalBatches"/>.</summary>
    public required int EvalBatches { get; init; }

    /// <summary>Peak learning rate at the first budget; the others follow the exponent of the power law fitted to seed 001's Table 4.</summary>
    public required double AnchorLearningRate { get; init; }

    public double WarmupFraction { get; init; } = 0.05;

    public ulong Seed { get; init; } = 1;

    public double FlopsPerTokenAt(double budget) => AnchorFlopsPerToken * Math.Pow(budget / Budgets[0], FlopsPerTokenExponent);

    /// <summary>The depth grid at <paramref name="budget"/>: <see cref="Depths"/> grown by <see cref="DepthExponent"/>, kept distinct.</summary>
    public IReadOnlyList<int> DepthsAt(double budget)
    {
        var growth = Math.Pow(FlopsPerTokenAt(budget) / AnchorFlopsPerToken, DepthExponent);
        var depths = new List<int>(Depths.Count);
        foreach (var l in Depths.Order())
            depths.Add(Math.Max((int)Math.Round(l * growth, MidpointRounding.AwayFromZero), depths.Count > 0 ? depths[^1] + 1 : 1));
        return depths;
    }

    public double LearningRateAt(double budget) => AnchorLearningRate * Math.Pow(budget / Budgets[0], Seed001ScaleRule.LearningRate.Exponent);

    /// <summary>Attention FLOPs per token per layer, 6·S·N_q·d_qkv (seed 001's M counts forward + backward of causal scores this way).</summary>
    public double AttentionFlopsPerLayer => 6.0 * Backbone.ContextLength * Backbone.QueryHeads * Backbone.HeadDim;

    /// <summary>The upper limit of y = N/N_a: every expert active, (N_e + 1)/(K + 1) with one shared expert.</summary>
    [JsonIgnore] // not in the manifest's hash: directories started before this property existed keep theirs
    public double ExpansionLimit => (Backbone.RoutedExperts + (double)Backbone.SharedExperts) / (Backbone.TopK + Backbone.SharedExperts);

    public LadderDesign Validated()
    {
        Preconditions.That(Budgets.Count >= 1 && Budgets.Zip(Budgets.Skip(1)).All(p => p.First < p.Second) && Budgets[0] > 0,
            "budgets must be positive and ascending", "budgets");
        Preconditions.Positive(AnchorFlopsPerToken, "anchor_flops_per_token");
        Preconditions.That(double.IsFinite(FlopsPerTokenExponent), "must be a finite number", "flops_per_token_exponent");
        var limit = ExpansionLimit;
        if (Configurations is null)
        {
            Preconditions.That(Depths.Count >= 1 && Depths.All(l => l >= 1) && Depths.Distinct().Count() == Depths.Count, "depths must be distinct and ≥ 1", "depths");
            Preconditions.That(Expansions.Count >= 1 && Expansions.All(y => y > 1 && y < limit), $"N/N_a must lie in (1, {limit:0.###}), (N_e + 1)/(K + shared)", "expansions");
            Preconditions.InRange(DepthExponent, 0.0, 1.0, "depth_exponent");
            Preconditions.InRange(SweepWidths, 2, Depths.Min(), "sweep_widths");
        }
        else
        {
            Preconditions.That(Depths.Count == 0 && Expansions.Count == 0, "give either the grid (depths, expansions) or configurations, not both", "configurations");
            Preconditions.That(Configurations.Count >= 1, "must list at least one configuration", "configurations");
            Preconditions.InRange(SweepWidths, 1, 1 << 10, "sweep_widths");
            for (var i = 0; i < Configurations.Count; i++)
            {
                var c = Configurations[i];
                var at = $"configurations[{i}]";
                Preconditions.That(Budgets.Contains(c.Budget), $"C = {c.Budget:G4} is not one of the design's budgets ({string.Join(", ", Budgets.Select(b => b.ToString("G4")))})", at + ".c");
                Preconditions.That(c.Layers >= 1, $"L = {c.Layers}: a model needs at least one layer", at + ".layers");
                Preconditions.That(c.Expansion > 1 && c.Expansion < limit,
                    $"N/N_a = {c.Expansion} is outside (1, {limit:0.###}), the range (N_e + 1)/(K + shared) allows with N_e = {Backbone.RoutedExperts}, K = {Backbone.TopK}, {Backbone.SharedExperts} shared", at + ".n_over_na");
                Preconditions.That(c.Widths is null || (c.Widths.Count >= 1 && c.Widths.All(d => double.IsFinite(d) && d > 0)), "widths d must be positive numbers", at + ".d");
            }
        }
        Preconditions.InRange(BatchSize, 1, 1 << 16, "batch_size");
        Preconditions.InRange(EvalBatches, 0, 1 << 16, "eval_batches");
        Preconditions.Positive(AnchorLearningRate, "learning_rate");
        Preconditions.InRange(WarmupFraction, 0.0, 0.5, "warmup_fraction");
        Preconditions.That(Backbone.VocabSize == 256, "the engine trains on bytes (vocabulary 256)", "vocab_size");
        return this;
    }
}

/// <summary>
/// One configuration of a design file: at budget <paramref name="Budget"/>, the depth that makes x = M/N_a whole
/// (<paramref name="Layers"/>), y = N/N_a, and optionally the widths of its d-sweep (null: the design's sweep rule).
/// </summary>
/// <param name="Widths">The widths d to train besides the proxy (median-d) width; each is trained at the nearest whole L_d.</param>
public sealed record LadderConfiguration(double Budget, int Layers, double Expansion, IReadOnlyList<double>? Widths = null);
