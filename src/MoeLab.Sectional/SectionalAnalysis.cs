using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Sectional;

/// <summary>
/// Everything `moelab sectional` reports, computed in one place: the cost model, the optimum under both
/// costings, and at the chosen optimum the dense block and top-k MoE comparisons.
/// </summary>
/// <param name="Objective">The costing whose integer optimum the comparisons are made at.</param>
/// <param name="ComparedExpertCount">That integer optimum (E = 1 when nothing fits, with a warning), or the E the
/// user fixed.</param>
/// <param name="IsFixedByUser">True when <see cref="ComparedExpertCount"/> was given, not optimised.</param>
public sealed record SectionalAnalysis(
    SectionalCostModel Model,
    ExpertCountSearch Search,
    Costing Objective,
    ExpertCountOptimum TotalWork,
    ExpertCountOptimum CriticalPath,
    long ComparedExpertCount,
    bool IsFixedByUser,
    SectionalPoint Compared,
    DenseReferenceLayer Dense,
    TopKMoeComparison TopKEqualParams,
    TopKMoeComparison TopKEqualMacs,
    IReadOnlyList<string> Warnings)
{
    public ExpertCountOptimum Optimum(Costing costing) => costing == Costing.TotalWork ? TotalWork : CriticalPath;

    /// <param name="overhead">User-set overhead for both costings, or null for the physical default from the hardware.</param>
    /// <param name="activeExperts">k of the top-k MoE comparison (N_e = the compared E).</param>
    /// <param name="fixedExpertCount">Compare at this E instead of the optimum; it must be buildable.</param>
    public static SectionalAnalysis Run(SectionalSpec spec, HardwareProfile hardware, OverheadModel? overhead,
        ExpertCountSearch search, Costing objective, int activeExperts, long? fixedExpertCount = null)
    {
        Preconditions.Positive(activeExperts, "top-k");
        spec.Validate();
        if (fixedExpertCount is long fixedE)
        {
            Preconditions.Positive(fixedE, "experts");
            if (spec.DivisibilityProblem(fixedE) is { } problem) throw new InvalidInputException(problem, field: "experts");
        }
        var model = overhead is null
            ? SectionalCostModel.WithPhysicalOverhead(spec, hardware)
            : SectionalCostModel.WithOverhead(spec, hardware, overhead);
        var total = ExpertCountOptimizer.Optimize(model, Costing.TotalWork, search);
        var critical = ExpertCountOptimizer.Optimize(model, Costing.CriticalPath, search);
        var chosen = objective == Costing.TotalWork ? total : critical;
        var warnings = new List<string>();
        if (chosen.Ladder.Count == 0)
            throw new InvalidInputException(
                $"no E in 1..{search.MaxExpertCount} can be built ({spec.DivisibilityProblem(search.MaxExpertCount) ?? "check divisibility"})",
                field: "max-experts");
        foreach (var o in new[] { total, critical })
        {
            string name = Describe(o.Costing);
            if (o.IntegerOptimum is null)
                warnings.Add($"{name}: no buildable E fits the memory limit; the smallest memory needed is "
                    + $"{o.Ladder.Min(p => p.Point.MemoryBytes(o.Costing)):G4} bytes.");
            else if (o.IntegerOptimum.ExpertCount == o.Ladder.Where(p => p.FitsMemory).Max(p => p.Point.ExpertCount) && o.IntegerOptimum.ExpertCount > 1)
                warnings.Add($"{name}: the optimum is the largest E searched ({o.IntegerOptimum.ExpertCount}); raise --max-experts to see whether it falls further.");
            else if (o.IntegerOptimum.ExpertCount == 1)
                warnings.Add($"{name}: E = 1 is cheapest — under this model sectioning does not pay on this machine.");
        }
        var compared = fixedExpertCount is long chosenE ? model.Evaluate(chosenE) : chosen.IntegerOptimum ?? chosen.Ladder[0].Point;
        long e = compared.ExpertCount;
        int k = (int)Math.Min(activeExperts, e);
        if (k < activeExperts)
            warnings.Add($"top-k comparison uses k = {k}: a top-{activeExperts} MoE needs at least {activeExperts} experts and E = {e}.");
        var equalParams = TopKMoeComparison.EqualParams(spec, (int)e, k, compared.Params);
        var equalMacs = TopKMoeComparison.EqualMacs(spec, (int)e, k, compared.TotalMacs);
        return new SectionalAnalysis(model, search, objective, total, critical, e, fixedExpertCount is not null, compared, DenseReferenceLayer.For(spec),
            equalParams, equalMacs, warnings);
    }

    public static string Describe(Costing costing) => costing == Costing.TotalWork ? "total work" : "critical path (E devices)";
}
