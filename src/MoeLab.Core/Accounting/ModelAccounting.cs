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
        _spec = spec;
        _params = @params;
        _flops = flops;
        _memory = memory;
        _paperTriad = paperTriad;
        _fullTriad = fullTriad;
    }

    /// <exception cref="Validation.InvalidInputException">A count or byte figure does not fit in 64 bits (the message names the spec fields).</exception>
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal ModelAccounting(MoeSpec spec)
    {
        // Each part is written straight into its field through `out`: returning the 160–220-byte parts by value
        // made the JIT copy them through stack temporaries (the copies cost more than the arithmetic).
        // The arithmetic is checked; catching here, where the fields are written in place, keeps the hot path free
        // of the result copy that a try block around the caller's return would force.
        _spec = spec;
        try
        {
            var shape = new BlockShape(spec);
            ModelAccountant.Parameters(spec, shape, out _params);
            ModelAccountant.Flops(spec, shape, _params, out _flops);
            _memory = new MemoryFootprint(spec, shape, _params);
            _paperTriad = Seed001Triad.PaperConvention(spec, shape);
            // Sums the active and total breakdowns (checked); every other parameter convention is a part of these.
            _fullTriad = new ConstraintTriad(_flops.TrainingFlopsPerToken, _params.ActiveParamsPerTokenExcludingMtp, _params.TotalParamsExcludingMtp);
            // Likewise the total weight bytes bound every per-precision and per-component byte figure.
            _ = _memory.WeightBytes;
        }
        catch (OverflowException)
        {
            throw AccountingLimits.Explain(spec);
        }
    }

    private readonly MoeSpec _spec;
    private readonly ParameterCounts _params;
    private readonly FlopCounts _flops;
    private readonly MemoryFootprint _memory;
    private readonly ConstraintTriad _paperTriad;
    private readonly ConstraintTriad _fullTriad;

    /// <summary>The spec accounted for.</summary>
    public MoeSpec Spec { get => _spec; init => _spec = value; }

    /// <summary>Parameter counts under every convention, with the per-component breakdown.</summary>
    public ParameterCounts Params { get => _params; init => _params = value; }

    /// <summary>FLOPs per token.</summary>
    public FlopCounts Flops { get => _flops; init => _flops = value; }

    /// <summary>Weight and KV-cache bytes.</summary>
    public MemoryFootprint Memory { get => _memory; init => _memory = value; }

    /// <summary>Seed 001's (M, N_a, N) in the paper's convention (see <see cref="Seed001Triad"/>).</summary>
    public ConstraintTriad PaperTriad { get => _paperTriad; init => _paperTriad = value; }

    /// <summary>The same triad with everything counted: all active/total weights (MTP excluded) and 3 × the exact forward FLOPs.</summary>
    public ConstraintTriad FullTriad { get => _fullTriad; init => _fullTriad = value; }

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
