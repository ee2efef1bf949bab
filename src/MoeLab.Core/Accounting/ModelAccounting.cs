using System.Runtime.CompilerServices;
using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Everything <see cref="ModelAccountant.Account"/> derives from one spec. A value type built without heap
/// allocation, so a planner can account for millions of candidate specs.
/// </summary>
/// <remarks>
/// Not a positional record: the accountant fills the ~550-byte result in place through an internal
/// constructor (a positional record must chain to its primary constructor, which forced the parts through
/// temporaries and copied the whole struct several times — more than the arithmetic cost).
/// </remarks>
public readonly record struct ModelAccounting
{
    /// <param name="spec">The spec accounted for.</param>
    /// <param name="params">Parameter counts under every convention, with the per-component breakdown.</param>
    /// <param name="flops">FLOPs per token.</param>
    /// <param name="memory">Weight and KV-cache bytes.</param>
    /// <param name="paperTriad">Seed 001's (M, N_a, N) in the paper's convention.</param>
    /// <param name="fullTriad">The same triad with everything counted.</param>
    public ModelAccounting(MoeSpec spec, ParameterCounts @params, FlopCounts flops, MemoryFootprint memory,
        ConstraintTriad paperTriad, ConstraintTriad fullTriad)
    {
        Spec = spec;
        Params = @params;
        Flops = flops;
        Memory = memory;
        PaperTriad = paperTriad;
        FullTriad = fullTriad;
    }

    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal ModelAccounting(MoeSpec spec, in BlockShape shape)
    {
        Spec = spec;
        Params = ModelAccountant.Parameters(spec, shape);
        Flops = ModelAccountant.Flops(spec, shape, Params);
        Memory = ModelAccountant.Memory(spec, shape, Params);
        PaperTriad = Seed001Triad.PaperConvention(spec, shape);
        FullTriad = new ConstraintTriad(Flops.TrainingFlopsPerToken, Params.ActiveParamsPerTokenExcludingMtp, Params.TotalParamsExcludingMtp);
    }

    /// <summary>The spec accounted for.</summary>
    public MoeSpec Spec { get; init; }

    /// <summary>Parameter counts under every convention, with the per-component breakdown.</summary>
    public ParameterCounts Params { get; init; }

    /// <summary>FLOPs per token.</summary>
    public FlopCounts Flops { get; init; }

    /// <summary>Weight and KV-cache bytes.</summary>
    public MemoryFootprint Memory { get; init; }

    /// <summary>Seed 001's (M, N_a, N) in the paper's convention (see <see cref="Seed001Triad"/>).</summary>
    public ConstraintTriad PaperTriad { get; init; }

    /// <summary>The same triad with everything counted: all active/total weights (MTP excluded) and 3 × the exact forward FLOPs.</summary>
    public ConstraintTriad FullTriad { get; init; }

    public void Deconstruct(out MoeSpec spec, out ParameterCounts @params, out FlopCounts flops, out MemoryFootprint memory,
        out ConstraintTriad paperTriad, out ConstraintTriad fullTriad)
    {
        spec = Spec;
        @params = Params;
        flops = Flops;
        memory = Memory;
        paperTriad = PaperTriad;
        fullTriad = FullTriad;
    }
}
