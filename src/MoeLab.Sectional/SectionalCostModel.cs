using MoeLab.Core.Hardware;

namespace MoeLab.Sectional;

/// <summary>
/// A sectional layer on a machine: its cost terms (<see cref="SectionalCostTerms"/>), turned into seconds
/// for both costings, plus the overhead. Time(E) = 2·MACs(E) / peak FLOP/s + overhead(E), a polynomial in E.
/// Peak FLOP/s (<see cref="HardwareProfile.AcceleratorFlopsPerSecond"/>, no efficiency factor) makes compute
/// times lower bounds; memory per device is <see cref="HardwareProfile.FastTierCapacityBytes"/>.
/// </summary>
public sealed class SectionalCostModel
{
    public SectionalCostModel(SectionalSpec spec, HardwareProfile hardware, OverheadModel totalWorkOverhead, OverheadModel criticalPathOverhead)
    {
        Spec = spec.Validate();
        Hardware = hardware.Validate();
        Terms = SectionalCostTerms.For(spec);
        TotalWorkOverhead = totalWorkOverhead;
        CriticalPathOverhead = criticalPathOverhead;
        TotalMacs = Sum(t => t.Macs);
        CriticalPathMacs = Sum(t => t.CriticalPathMacs);
        TotalParams = Sum(t => t.Params);
        TotalElements = Sum(t => t.Params + t.ActivationElements);
        DeviceElements = Sum(t => t.DeviceElements);
        double secondsPerMac = 2 / hardware.AcceleratorFlopsPerSecond;
        TotalWorkSeconds = TotalMacs * secondsPerMac + totalWorkOverhead.Seconds(spec);
        CriticalPathSeconds = CriticalPathMacs * secondsPerMac + criticalPathOverhead.Seconds(spec);
    }

    /// <summary>The model with the physical overhead default for each costing.</summary>
    public static SectionalCostModel WithPhysicalOverhead(SectionalSpec spec, HardwareProfile hardware) =>
        new(spec, hardware, OverheadModel.Physical(spec, hardware, Costing.TotalWork), OverheadModel.Physical(spec, hardware, Costing.CriticalPath));

    /// <summary>The model with one user-set overhead for both costings.</summary>
    public static SectionalCostModel WithOverhead(SectionalSpec spec, HardwareProfile hardware, OverheadModel overhead) =>
        new(spec, hardware, overhead, overhead);

    public SectionalSpec Spec { get; }
    public HardwareProfile Hardware { get; }
    public IReadOnlyList<CostTerm> Terms { get; }
    public OverheadModel TotalWorkOverhead { get; }
    public OverheadModel CriticalPathOverhead { get; }

    /// <summary>All MACs of the layer (summed over sections).</summary>
    public ExpertCountPolynomial TotalMacs { get; }

    /// <summary>MACs on the critical path with E sections on E devices.</summary>
    public ExpertCountPolynomial CriticalPathMacs { get; }

    public ExpertCountPolynomial TotalParams { get; }

    /// <summary>Parameters + activations of the whole layer, elements.</summary>
    public ExpertCountPolynomial TotalElements { get; }

    /// <summary>Parameters + activations on the busiest device (shared parts + one section), elements.</summary>
    public ExpertCountPolynomial DeviceElements { get; }

    public ExpertCountPolynomial TotalWorkSeconds { get; }
    public ExpertCountPolynomial CriticalPathSeconds { get; }

    public ExpertCountPolynomial Seconds(Costing costing) => costing == Costing.TotalWork ? TotalWorkSeconds : CriticalPathSeconds;

    public OverheadModel Overhead(Costing costing) => costing == Costing.TotalWork ? TotalWorkOverhead : CriticalPathOverhead;

    /// <summary>Memory the costing needs: the whole layer on one device (total work) or the busiest of E devices.</summary>
    public double MemoryBytes(Costing costing, long expertCount) =>
        (costing == Costing.TotalWork ? TotalElements : DeviceElements).Evaluate(expertCount) * Spec.BytesPerElement;

    /// <summary>Everything about one expert count.</summary>
    public SectionalPoint Evaluate(long expertCount)
    {
        double e = expertCount;
        return new SectionalPoint(
            expertCount,
            (double)Spec.ModelWidth / expertCount,
            Spec.ReducedLength.TokensPolynomial(Spec.SequenceTokens).Evaluate(e),
            TotalMacs.Evaluate(e),
            CriticalPathMacs.Evaluate(e),
            TotalParams.Evaluate(e),
            TotalWorkSeconds.Evaluate(e),
            CriticalPathSeconds.Evaluate(e),
            TotalWorkOverhead.Seconds(Spec).Evaluate(e),
            CriticalPathOverhead.Seconds(Spec).Evaluate(e),
            MemoryBytes(Costing.TotalWork, expertCount),
            MemoryBytes(Costing.CriticalPath, expertCount),
            Spec.DivisibilityProblem(expertCount));
    }

    private ExpertCountPolynomial Sum(Func<CostTerm, ExpertCountPolynomial> select) =>
        Terms.Aggregate(ExpertCountPolynomial.Zero, (acc, t) => acc + select(t));
}

/// <summary>The sectional layer's costs at one expert count E (one sequence, one layer, forward).</summary>
/// <param name="SectionWidth">d/E.</param>
/// <param name="ReducedTokens">n' at this E.</param>
/// <param name="TotalMacs">All multiply-accumulates (FLOPs = 2×).</param>
/// <param name="CriticalPathMacs">MACs on the critical path with E devices.</param>
/// <param name="DivisibilityProblem">Why this E cannot be built (null when it can).</param>
public sealed record SectionalPoint(
    long ExpertCount,
    double SectionWidth,
    double ReducedTokens,
    double TotalMacs,
    double CriticalPathMacs,
    double Params,
    double TotalWorkSeconds,
    double CriticalPathSeconds,
    double TotalWorkOverheadSeconds,
    double CriticalPathOverheadSeconds,
    double TotalMemoryBytes,
    double DeviceMemoryBytes,
    string? DivisibilityProblem)
{
    public double Seconds(Costing costing) => costing == Costing.TotalWork ? TotalWorkSeconds : CriticalPathSeconds;
    public double MemoryBytes(Costing costing) => costing == Costing.TotalWork ? TotalMemoryBytes : DeviceMemoryBytes;
}
