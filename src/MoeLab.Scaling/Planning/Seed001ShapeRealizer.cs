using System.Collections.Concurrent;
using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// Buildable architectures in a seed-001 backbone. The real-valued shape comes from core's inverse solver
/// (<see cref="Seed001ShapeSolver"/>); this class only rounds it — L to the nearest integer (it does not depend on
/// d), L_d to the nearest integer ≥ 0, d_m to the nearest multiple of the alignment for the integer L_m — and
/// recomputes the triad from the resulting <see cref="MoeSpec"/> with core's accounting
/// (<see cref="Seed001Triad.PaperConvention(MoeSpec)"/>), so a plan's triad is exactly what <c>moelab inspect</c>
/// reports for its spec file.
/// In the dense limit N_e = K there are no inactive experts and N = N_a: every layer is a dense layer
/// (d_d = 3d), so the width is fixed by N_a and L — a Chinchilla-style dense model.
/// A plan realises millions of (target, d) pairs, so the accounting is not rerun per pair: for each width d
/// it is run on three one-layer specs (one dense layer; one MoE layer with d_m = 1 and with d_m = 2). Every
/// count in the triad is additive over layers and affine in d_m, so these give the exact triad of any
/// (L_d, L_m, d_m) at that d in integer arithmetic; <see cref="AccountDirectly"/> reruns the full accounting on
/// the spec, and the planner checks its chosen architecture with it.
/// </summary>
public sealed class Seed001ShapeRealizer(Seed001Backbone backbone) : IShapeRealizer
{
    public Seed001Backbone Backbone { get; } = backbone;

    public bool IsDense => Backbone.RoutedExperts == Backbone.TopK;

    public double ExpansionLimit => IsDense ? 1.0 : (double)(Backbone.RoutedExperts + Backbone.SharedExperts) / Backbone.ActiveExpertsPerMoeLayer;

    public string BackboneDescription =>
        (IsDense ? "dense limit (N_e = K: every layer dense, d_d = 3d)" :
            $"N_e = {Backbone.RoutedExperts} routed experts, top-{Backbone.TopK}, {Backbone.SharedExperts} shared")
        + $"; S = {Backbone.ContextLength}, N_q/N_kv = {Backbone.QueryHeads}/{Backbone.KvHeads} heads of d_qkv = {Backbone.HeadDim}, "
        + $"vocabulary {Backbone.VocabSize:N0}, SwiGLU, d_d = {Backbone.DenseWidthMultiplier}d, dense layers first";

    private double AttentionFlopsPerLayer => 6.0 * Backbone.ContextLength * Backbone.QueryHeads * Backbone.HeadDim;

    public HiddenSizeInterval? FeasibleHiddenSizes(ConstraintTriad target)
    {
        if (IsDense)
        {
            // One real width fits exactly; widths a few percent either side stay within the 5% rule on M
            // (N_a grows like d²), so Phase 2 sweeps the aligned widths there and the rule filters them.
            if (DenseWidth(target) is not { } d) return null;
            return new HiddenSizeInterval(0.95 * d, 1.05 * d);
        }
        var interval = Seed001ShapeSolver.FeasibleHiddenSize(target, Backbone);
        return interval.IsEmpty ? null : interval;
    }

    public double ExpertWidthAt(ConstraintTriad target, double hiddenSize) =>
        IsDense ? 0 : Seed001ShapeSolver.SolveValues(target, hiddenSize, Backbone).ExpertWidth;

    public RealizedShape? Realize(ConstraintTriad target, int hiddenSize, int alignment) =>
        Realize(target, hiddenSize, alignment, double.PositiveInfinity, out _);

    /// <summary>
    /// Above about 1e21 FLOPs most widths fail the tolerance on M (rounding L_d at a large d moves N_a by
    /// ~9d²), and the planner tries millions of them, so the rounded integers are first checked against the
    /// tolerance with the paper's closed form for M (<see cref="Seed001Triad"/>'s formula, in exact integer
    /// arithmetic); only widths that pass are recounted. The closed form can only prune: the recounted triad
    /// still decides, and a small margin keeps a width on the boundary for it.
    /// </summary>
    public RealizedShape? Realize(ConstraintTriad target, int hiddenSize, int alignment, double maxFlopsDeviation, out bool offTarget)
    {
        offTarget = false;
        if (IsDense) return RealizeDense(target, hiddenSize);
        var solved = Seed001ShapeSolver.SolveValues(target, hiddenSize, Backbone);
        if (!double.IsFinite(solved.Layers) || !double.IsFinite(solved.DenseLayers)) return null;
        var layers = (int)Math.Round(solved.Layers);
        var dense = Math.Max(0, (int)Math.Round(solved.DenseLayers));
        var moe = layers - dense;
        if (layers < 1 || moe < 1) return null;
        // X = 3·d·d_m·L_m is fixed by (N − N_a); spread it over the integer number of MoE layers.
        var expertFfnPerLayerWidth = solved.ExpertWidth * solved.MoeLayers / moe;
        var expertWidth = (int)(Math.Round(expertFfnPerLayerWidth / alignment) * alignment);
        if (expertWidth < alignment) return null;
        if (double.IsFinite(maxFlopsDeviation) && PaperFlopsPerToken(hiddenSize, layers, dense, moe, expertWidth) is var flops
            && Math.Abs(flops - target.FlopsPerToken) > (maxFlopsDeviation * (1 + PruneMargin) + PruneMargin) * target.FlopsPerToken)
        {
            offTarget = true;
            return null;
        }
        return Build(hiddenSize, dense, moe, expertWidth);
    }

    /// <summary>Relative slack below which a width is never pruned, so floating-point ties go to the recount.</summary>
    private const double PruneMargin = 1e-9;

    /// <summary>M = 6·N_a + 6·S·N_q·d_qkv·L with N_a = P_attn·L + 3·d·d_d·L_d + 3·d·d_m·(K + shared)·L_m (seed 001's convention).</summary>
    private double PaperFlopsPerToken(long hiddenSize, long layers, long dense, long moe, long expertWidth)
    {
        var active = layers * Backbone.AttentionParamsPerLayer(hiddenSize)
                     + dense * 3 * hiddenSize * (Backbone.DenseWidthMultiplier * hiddenSize)
                     + moe * 3 * hiddenSize * expertWidth * Backbone.ActiveExpertsPerMoeLayer;
        return 6.0 * active + AttentionFlopsPerLayer * layers;
    }

    /// <summary>Dense limit: L from M and N_a as usual; 9·d²·L + P_attn(d)·L = N_a fixes d (solved by <see cref="DenseWidth"/>).</summary>
    private RealizedShape? RealizeDense(ConstraintTriad target, int hiddenSize)
    {
        var layers = (int)Math.Round((target.FlopsPerToken - 6.0 * target.ActiveParams) / AttentionFlopsPerLayer);
        if (layers < 1 || hiddenSize < 1) return null;
        return Build(hiddenSize, layers, 0, 0);
    }

    private double? DenseWidth(ConstraintTriad target)
    {
        var layers = Math.Round((target.FlopsPerToken - 6.0 * target.ActiveParams) / AttentionFlopsPerLayer);
        if (!(layers >= 1)) return null;
        var a = 3.0 * Backbone.DenseWidthMultiplier * layers;
        var b = Backbone.AttentionParamsPerLayer(1) * layers;
        var d = (-b + Math.Sqrt(b * b + 4 * a * target.ActiveParams)) / (2 * a);
        return d > 0 ? d : null;
    }

    private readonly ConcurrentDictionary<int, LayerTriads> _perWidth = new();

    /// <summary>Accounting of one dense layer and of one MoE layer at d_m = 1 and d_m = 2, at one width.</summary>
    private sealed record LayerTriads(ConstraintTriad Dense, ConstraintTriad MoeAtOne, ConstraintTriad MoeAtTwo);

    private RealizedShape Build(int hiddenSize, int dense, int moe, int expertWidth)
    {
        // A static factory with explicit state: a lambda capturing `this` would allocate a delegate on every call.
        var basis = _perWidth.TryGetValue(hiddenSize, out var cached) ? cached : _perWidth.GetOrAdd(hiddenSize, static (d, self) => new LayerTriads(
            Seed001Triad.PaperConvention(self.SpecFor(d, 1, 0, 0, null)),
            Seed001Triad.PaperConvention(self.SpecFor(d, 0, 1, 1, null)),
            Seed001Triad.PaperConvention(self.SpecFor(d, 0, 1, 2, null))), this);
        var triad = Combine(basis, dense, moe, expertWidth);
        return new RealizedShape(dense + moe, dense, moe, hiddenSize, expertWidth, triad);
    }

    private static ConstraintTriad Combine(LayerTriads b, long dense, long moe, long expertWidth)
    {
        long Moe(long one, long two) => one + (expertWidth - 1) * (two - one);
        var active = dense * b.Dense.ActiveParams + (moe == 0 ? 0 : moe * Moe(b.MoeAtOne.ActiveParams, b.MoeAtTwo.ActiveParams));
        var total = dense * b.Dense.TotalParams + (moe == 0 ? 0 : moe * Moe(b.MoeAtOne.TotalParams, b.MoeAtTwo.TotalParams));
        var flops = dense * b.Dense.FlopsPerToken + (moe == 0 ? 0 : moe * (b.MoeAtOne.FlopsPerToken + (expertWidth - 1) * (b.MoeAtTwo.FlopsPerToken - b.MoeAtOne.FlopsPerToken)));
        return new ConstraintTriad(flops, active, total);
    }

    /// <summary>The triad of <paramref name="shape"/> from the full accounting of its spec (no per-width shortcut).</summary>
    public ConstraintTriad AccountDirectly(RealizedShape shape) =>
        Seed001Triad.PaperConvention(SpecFor(shape.HiddenSize, shape.DenseLayers, shape.MoeLayers, shape.ExpertHiddenSize, null));

    private MoeSpec SpecFor(int hiddenSize, int dense, int moe, int expertWidth, string? name)
    {
        var spec = Backbone.ToSpec(hiddenSize, dense, moe, Math.Max(expertWidth, 1), name);
        return moe > 0 ? spec : spec with { MoeLayers = LayerSet.None, Experts = null, SharedExperts = SharedExpertsSpec.None };
    }

    public MoeSpec ToSpec(RealizedShape shape, string name) =>
        SpecFor(shape.HiddenSize, shape.DenseLayers, shape.MoeLayers, shape.ExpertHiddenSize, name);

    public double WidthRatio(RealizedShape shape) =>
        IsDense ? double.NaN : (double)Backbone.ActiveExpertsPerMoeLayer * shape.ExpertHiddenSize / shape.HiddenSize;

    public long EmbeddingParams(int hiddenSize) => 2L * Backbone.VocabSize * hiddenSize;

    public long KvCacheElementsPerToken(RealizedShape shape) => 2L * Backbone.KvHeads * Backbone.HeadDim * shape.Layers;

    /// <summary>Forward-only FLOPs per token at the full context: M/3 (seed 001's M counts forward + backward as 3× forward).</summary>
    public double InferenceFlopsPerToken(RealizedShape shape) => shape.Triad.FlopsPerToken / 3.0;
}
