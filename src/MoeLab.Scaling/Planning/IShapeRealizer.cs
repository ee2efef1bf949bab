using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// An integer architecture the planner can build: depth split into dense and MoE layers, the width d and
/// the expert width d_m, with the triad recomputed from these integers by the accounting.
/// </summary>
/// <param name="Triad">(M, N_a, N) recomputed from the integer shape by the accounting (seed 001's convention).</param>
public readonly record struct RealizedShape(int Layers, int DenseLayers, int MoeLayers, int HiddenSize, int ExpertHiddenSize, ConstraintTriad Triad)
{
    /// <summary>A key equal for equal architectures (the backbone is fixed within one plan).</summary>
    public long ArchitectureKey => ((long)Layers << 52) | ((long)DenseLayers << 40) | ((long)HiddenSize << 20) | (uint)ExpertHiddenSize;
}

/// <summary>
/// Turns a target triad into buildable integer architectures for one fixed backbone (N_e, K, shared experts,
/// context, attention shape, vocabulary). The planner never does shape algebra itself: it asks this.
/// </summary>
public interface IShapeRealizer
{
    /// <summary>One line naming the fixed backbone (experts, top-k, shared, context, attention, vocabulary).</summary>
    string BackboneDescription { get; }

    /// <summary>(N_e + 1)/(K + 1): N/N_a must stay below it; 1 in the dense limit N_e = K.</summary>
    double ExpansionLimit { get; }

    /// <summary>True when N_e = K (every expert always active): N = N_a and only M/N_a is searched.</summary>
    bool IsDense { get; }

    /// <summary>The feasible real-valued hidden sizes for <paramref name="target"/>, or null when there are none.</summary>
    HiddenSizeInterval? FeasibleHiddenSizes(ConstraintTriad target);

    /// <summary>The real-valued expert width d_m the inverse solver gives for <paramref name="target"/> at width d (0 when dense).</summary>
    double ExpertWidthAt(ConstraintTriad target, double hiddenSize);

    /// <summary>
    /// Solves the shape for <paramref name="target"/> at width <paramref name="hiddenSize"/>, rounds it to integers
    /// (d_m to a multiple of <paramref name="alignment"/>) and recomputes the triad; null when rounding leaves no
    /// valid shape (L_m &lt; 1, d_m &lt; alignment…).
    /// </summary>
    RealizedShape? Realize(ConstraintTriad target, int hiddenSize, int alignment);

    /// <summary>
    /// <see cref="Realize(ConstraintTriad, int, int)"/> for a search that rejects shapes whose M misses the target by
    /// more than <paramref name="maxFlopsDeviation"/>: a realizer may set <paramref name="offTarget"/> and return null
    /// when the rounded integers already put M outside that tolerance, skipping the recount of the triad. It must
    /// never do so for a shape the recounted triad would put within the tolerance, and must return the same shape
    /// as <see cref="Realize(ConstraintTriad, int, int)"/> otherwise (the caller still checks the recounted M).
    /// </summary>
    RealizedShape? Realize(ConstraintTriad target, int hiddenSize, int alignment, double maxFlopsDeviation, out bool offTarget)
    {
        offTarget = false;
        return Realize(target, hiddenSize, alignment);
    }

    /// <summary>Seed 001's width ratio (K+1)·d_m/d of a shape (App. E); NaN for a dense backbone.</summary>
    double WidthRatio(RealizedShape shape) => double.NaN;

    /// <summary>Input-embedding plus LM-head parameters at width d (not part of seed 001's triad).</summary>
    long EmbeddingParams(int hiddenSize);

    /// <summary>KV-cache elements (keys and values, all layers) per cached token.</summary>
    long KvCacheElementsPerToken(RealizedShape shape);

    /// <summary>The triad of a realised shape recomputed by the full accounting of its spec (a consistency check).</summary>
    ConstraintTriad AccountDirectly(RealizedShape shape);

    /// <summary>The realised architecture as a full model spec (what <c>moelab inspect</c> reads).</summary>
    MoeSpec ToSpec(RealizedShape shape, string name);

    /// <summary>Forward-pass (inference) FLOPs per token at the full context, in the same convention as M.</summary>
    double InferenceFlopsPerToken(RealizedShape shape);
}
