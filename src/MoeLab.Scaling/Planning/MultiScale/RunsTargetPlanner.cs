using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>The plan at one point of the extrapolated optimum, or why none could be built there.</summary>
public sealed record OptimumPlan(TargetOptimum Target, PlanResult? Plan, string? Failure);

/// <summary>The architecture at the estimate and at the lower and upper ends of the intervals.</summary>
public sealed record RunsPlans(OptimumPlan Estimate, OptimumPlan Lower, OptimumPlan Upper)
{
    public IEnumerable<OptimumPlan> All => [Lower, Estimate, Upper];
}

/// <summary>
/// Turns the runs pipeline's extrapolated optima into a buildable architecture with seed 001's planner: M/N_a and
/// N/N_a are held at the optimum's values, Phase 2 sweeps d and <see cref="TargetOptimumOracle"/> ranks the widths
/// by their distance from d* (and the rounding's drift in the ratios). The width-ratio and aspect limits step
/// aside, since the runs decide the width; the user's infrastructure constraints still apply. The interval ends
/// are planned the same way, each quantity at its own lower (upper) end, so the architecture range shows how far
/// the uncertainty of the runs reaches into the shape. Combining marginal ends is not a joint interval.
/// </summary>
public static class RunsTargetPlanner
{
    public static RunsPlans PlanAll(RunsAnalysis analysis, IShapeRealizer realizer, IComputeSplit split, PlanOptions options)
    {
        var estimate = new OptimumPlan(analysis.Estimate, Plan(analysis, analysis.Estimate, realizer, split, options), null);
        return new RunsPlans(estimate, TryPlan(analysis, analysis.Lower, realizer, split, options), TryPlan(analysis, analysis.Upper, realizer, split, options));
    }

    /// <summary>The plan at <paramref name="target"/>; bad input (no buildable shape there) throws.</summary>
    public static PlanResult Plan(RunsAnalysis analysis, TargetOptimum target, IShapeRealizer realizer, IComputeSplit split, PlanOptions options)
    {
        var limit = realizer.ExpansionLimit;
        if (!realizer.IsDense && !(target.TotalPerActive > 1 && target.TotalPerActive < limit))
            throw new InvalidInputException(
                $"the N/N_a* power law gives {target.TotalPerActive:0.###} ({target.Name}) at C = {analysis.TargetComputeFlops:0.###e+0} FLOPs, outside the backbone's (1, {limit:0.###}): " +
                "the extrapolation leaves the curve form's domain", analysis.Runs.Source, "n_over_na");
        var space = (options.Space ?? CandidateSpace.Default) with
        {
            FixedFlopsPerActiveParam = target.FlopsPerActiveParam,
            FixedExpansion = realizer.IsDense ? null : target.TotalPerActive,
        };
        var planner = new HolisticPlanner(realizer, TargetOptimumOracle.For(analysis, target), split);
        return planner.Plan(analysis.TargetComputeFlops, options with { Space = space, Shapes = null });
    }

    private static OptimumPlan TryPlan(RunsAnalysis analysis, TargetOptimum target, IShapeRealizer realizer, IComputeSplit split, PlanOptions options)
    {
        try
        {
            return new OptimumPlan(target, Plan(analysis, target, realizer, split, options), null);
        }
        catch (InvalidInputException e)
        {
            // An interval end that cannot be built is a finding about the interval, not bad input.
            return new OptimumPlan(target, null, e.Detail);
        }
    }
}
