using MoeLab.Core.Validation;
using MoeLab.Scaling.Fitting;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>The optimum architecture ratios, width and loss at one point: the estimate or an interval end.</summary>
public sealed record TargetOptimum(string Name, double FlopsPerActiveParam, double TotalPerActive, double HiddenSize, double Loss);

/// <summary>
/// How the bootstrap ran: resamples, seed, central level of the intervals, failed resamples (left out), and kept
/// resamples that took a best run at some scale for want of a fitted minimum.
/// </summary>
public sealed record RunsBootstrapSummary(int Resamples, long Seed, double Level, int Failed, int BestRun);

/// <summary>
/// Seed 001's pipeline on a multi-scale runs table: per-scale curve fits (<see cref="ScaleFit"/>), power laws of
/// the optima in C (<see cref="OptimumLaw"/>) with bootstrap intervals, and the optima extrapolated to the target
/// budget. Planning an architecture from them is <see cref="RunsTargetPlanner"/>'s job.
/// </summary>
public sealed record RunsAnalysis(MultiScaleRuns Runs, IReadOnlyList<ScaleFit> Scales, IReadOnlyList<OptimumLaw> Laws,
    double TargetComputeFlops, RunsBootstrapSummary Bootstrap)
{
    public OptimumLaw Law(OptimumQuantity quantity) => Laws[Array.IndexOf(OptimumQuantities.All, quantity)];

    /// <summary>The full-data power laws evaluated at the target budget.</summary>
    public TargetOptimum Estimate => At("estimate", i => i.Estimate);

    /// <summary>Each quantity at the lower end of its interval (marginal ends, combined).</summary>
    public TargetOptimum Lower => At("lower ends", i => i.Lower);

    /// <summary>Each quantity at the upper end of its interval.</summary>
    public TargetOptimum Upper => At("upper ends", i => i.Upper);

    private TargetOptimum At(string name, Func<ConfidenceInterval, double> pick) => new(name,
        pick(Law(OptimumQuantity.FlopsPerActiveParam).AtTarget), pick(Law(OptimumQuantity.TotalPerActive).AtTarget),
        pick(Law(OptimumQuantity.HiddenSize).AtTarget), pick(Law(OptimumQuantity.MinimumLoss).AtTarget));

    /// <param name="expansionLimit">(N_e+1)/(K+1) of the backbone: the wall of the N/N_a form.</param>
    public static RunsAnalysis Run(MultiScaleRuns runs, double expansionLimit, double targetComputeFlops, BootstrapOptions bootstrap)
    {
        Preconditions.Positive(targetComputeFlops, "compute");
        var scales = ScaleFit.FitAll(runs, expansionLimit);
        var outcome = RunsBootstrap.Run(scales, targetComputeFlops, bootstrap);
        if (outcome.Samples.Count < 2)
            throw new InvalidInputException(
                $"only {outcome.Samples.Count} of {bootstrap.Resamples} bootstrap resamples kept an optimum at every scale; no interval", runs.Source, "bootstrap");
        var laws = new List<OptimumLaw>(OptimumQuantities.All.Length);
        for (var q = 0; q < OptimumQuantities.All.Length; q++)
        {
            var quantity = OptimumQuantities.All[q];
            var optima = scales.Select(s => (s.ComputeFlops, quantity.Of([.. s.Fits.Select(f => f.Optimum!)]))).ToList();
            var law = OptimumLaw.FitLaw(optima, quantity);
            ConfidenceInterval Interval(string part, int offset, double estimate) => Fitting.Bootstrap.Percentile(
                $"{quantity.Key()}.{part}", estimate, [.. outcome.Samples.Select(s => s[3 * q + offset])], bootstrap.Level);
            laws.Add(new OptimumLaw(quantity, law, optima, OptimumLaw.LogResidual(law, optima),
                Interval("coefficient", 0, law.Coefficient), Interval("exponent", 1, law.Exponent), Interval("at_target", 2, law.At(targetComputeFlops))));
        }
        return new RunsAnalysis(runs, scales, laws, targetComputeFlops,
            new RunsBootstrapSummary(bootstrap.Resamples, bootstrap.Seed, bootstrap.Level, outcome.Failed, outcome.BestRun));
    }
}
