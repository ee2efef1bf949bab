using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Everything <see cref="ModelAccountant.Account"/> derives from one spec. A value type built without heap
/// allocation, so a planner can account for millions of candidate specs.
/// </summary>
/// <param name="Spec">The spec accounted for.</param>
/// <param name="Params">Parameter counts under every convention, with the per-component breakdown.</param>
/// <param name="Flops">FLOPs per token.</param>
/// <param name="Memory">Weight and KV-cache bytes.</param>
/// <param name="PaperTriad">Seed 001's (M, N_a, N) in the paper's convention (see <see cref="Seed001Triad"/>).</param>
/// <param name="FullTriad">The same triad with everything counted: all active/total weights (MTP excluded) and 3 × the exact forward FLOPs.</param>
public readonly record struct ModelAccounting(
    MoeSpec Spec,
    ParameterCounts Params,
    FlopCounts Flops,
    MemoryFootprint Memory,
    ConstraintTriad PaperTriad,
    ConstraintTriad FullTriad);
