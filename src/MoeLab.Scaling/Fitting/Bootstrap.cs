using MoeLab.Core.Randomness;
using MathNet.Numerics.Statistics;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Fitting;

/// <summary>How a bootstrap runs.</summary>
public sealed record BootstrapOptions
{
    public int Resamples { get; init; } = 1000;
    public long Seed { get; init; } = 1;

    /// <summary>
    /// Starts per resample: the best fit's parameters plus the best distinct basins of the full grid. Refitting
    /// every resample from all 4,500 grid starts would cost 4,500× a fit; a resample's minimum lies near the
    /// full data's, so a few good starts find it (the report says how many were used).
    /// </summary>
    public int StartsPerResample { get; init; } = 4;

    /// <summary>Central interval level, e.g. 0.95 for a 95% percentile interval.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Compute budget (FLOPs) at which N_opt and D_opt are bootstrapped; null skips them.</summary>
    public double? ComputeFlops { get; init; }

    public BootstrapOptions Validate()
    {
        Preconditions.Positive(Resamples, "bootstrap");
        Preconditions.Positive(StartsPerResample, "bootstrap-starts");
        Preconditions.InRange(Level, 0.5, 0.999, "ci-level");
        if (ComputeFlops is { } c) Preconditions.Positive(c, "compute");
        return this;
    }
}

/// <summary>A percentile interval with the full-data estimate and the bootstrap median.</summary>
public sealed record ConfidenceInterval(string Name, double Estimate, double Median, double Lower, double Upper);

/// <summary>
/// Bootstrap output: every resample's quantities (for distribution charts), the percentile intervals, and
/// how many resamples failed (no start converged; excluded from the intervals).
/// </summary>
public sealed record BootstrapResult(
    int Resamples, long Seed, int StartsPerResample, double Level, double? ComputeFlops,
    IReadOnlyList<string> Names, IReadOnlyList<double[]> Samples, IReadOnlyList<ConfidenceInterval> Intervals, int FailedResamples);

/// <summary>
/// Seeded nonparametric bootstrap of a fit: resample runs with replacement (as integer weights, so no data
/// is copied), refit from a few good starts, and take percentile intervals (R-7, numpy's default) of the
/// parameters and derived quantities. Resample i draws from its own SplitMix64 stream (seed, i), so results
/// are identical however the resamples are scheduled.
/// </summary>
public static class Bootstrap
{
    public static BootstrapResult Run(
        ILogLossModel model, FitPoint[] points, MultiStartFit fullFit, FitOptions fitOptions, BootstrapOptions options,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        options = options.Validate();
        var starts = SelectStarts(fullFit, options.StartsPerResample, fitOptions);
        var fullLaw = model.ToLaw(fullFit.Theta);
        var names = LawQuantities.Of(fullLaw, options.ComputeFlops).Select(q => q.Key).ToList();
        var estimates = LawQuantities.Of(fullLaw, options.ComputeFlops).Select(q => q.Value).ToArray();
        var samples = new double[options.Resamples][];
        var done = 0;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = fitOptions.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(0, options.Resamples, parallel, i =>
        {
            var rng = SplitMix64.ForStream(options.Seed, i);
            var weights = new double[points.Length];
            for (var j = 0; j < points.Length; j++) weights[rng.NextInt(points.Length)] += 1;
            var objective = new HuberObjective(model, points, fitOptions.HuberDelta, fitOptions.MeanObjective, weights);
            StartOutcome? best = null;
            for (var s = 0; s < starts.Count; s++)
            {
                var outcome = MultiStartFitter.RunStart(objective, s, starts[s], fitOptions);
                if (outcome.Converged && double.IsFinite(outcome.Objective) && (best is null || outcome.Objective < best.Objective))
                    best = outcome;
            }
            samples[i] = best is null ? [] : LawQuantities.Of(model.ToLaw(best.Theta), options.ComputeFlops).Select(q => q.Value).ToArray();
            var finished = Interlocked.Increment(ref done);
            if (progress is not null && (finished % 16 == 0 || finished == options.Resamples))
                progress.Report((double)finished / options.Resamples);
        });
        var good = samples.Where(s => s.Length == names.Count && s.All(double.IsFinite)).ToList();
        var failed = options.Resamples - good.Count;
        if (good.Count < 2) throw new InvalidInputException("fewer than two bootstrap resamples could be fitted; no interval", field: "bootstrap");
        var intervals = names.Select((name, q) => Percentile(name, estimates[q], good.Select(s => s[q]).ToArray(), options.Level)).ToList();
        return new BootstrapResult(options.Resamples, options.Seed, starts.Count, options.Level, options.ComputeFlops,
            names, good, intervals, failed);
    }

    /// <summary>The central <paramref name="level"/> percentile interval of one quantity's resampled values.</summary>
    public static ConfidenceInterval Percentile(string name, double estimate, double[] samples, double level)
    {
        var tail = (1 - level) / 2;
        return new ConfidenceInterval(name, estimate,
            Statistics.QuantileCustom(samples, 0.5, QuantileDefinition.R7),
            Statistics.QuantileCustom(samples, tail, QuantileDefinition.R7),
            Statistics.QuantileCustom(samples, 1 - tail, QuantileDefinition.R7));
    }

    /// <summary>The best fit's parameters, then one start per distinct basin in order of objective.</summary>
    public static IReadOnlyList<double[]> SelectStarts(MultiStartFit fit, int count, FitOptions options)
    {
        var chosen = new List<double[]> { fit.Theta };
        foreach (var o in fit.Outcomes.Where(o => o.Converged && double.IsFinite(o.Objective)).OrderBy(o => o.Objective).ThenBy(o => o.StartIndex))
        {
            if (chosen.Count >= count) break;
            if (chosen.Any(c => Close(c, o.Theta, options.BasinParameterTolerance * 100))) continue;
            chosen.Add(o.Theta);
        }
        return chosen;
    }

    private static bool Close(double[] a, double[] b, double tolerance)
    {
        for (var j = 0; j < a.Length; j++) if (Math.Abs(a[j] - b[j]) > tolerance) return false;
        return true;
    }
}
