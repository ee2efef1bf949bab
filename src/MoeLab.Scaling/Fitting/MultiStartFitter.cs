using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// Minimises an objective with L-BFGS (<see cref="FitOptions.Minimiser"/>) from many starting points in parallel and keeps the best.
/// Each start gets its own minimiser and objective wrapper (nothing is shared but read-only data), so results
/// do not depend on scheduling: the same starts give bit-identical results on the same machine. Ties on
/// the objective go to the lower start index.
/// </summary>
public static class MultiStartFitter
{
    /// <summary>Fits <paramref name="objective"/> from every start in <paramref name="starts"/>.</summary>
    public static MultiStartFit Fit(
        HuberObjective objective,
        IReadOnlyList<double[]> starts,
        FitOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        Fit(objective, objective.Model.FormName, objective.Model.ParameterNames, starts, options, progress, cancellationToken);

    /// <summary>Minimises any <see cref="IGradientObjective"/> from every start (the parameter names label the result).</summary>
    public static MultiStartFit Fit(
        IGradientObjective objective,
        string name,
        IReadOnlyList<string> parameterNames,
        IReadOnlyList<double[]> starts,
        FitOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options = (options ?? new FitOptions()).Validate();
        if (starts.Count == 0) throw new InvalidInputException("no starting points", field: "starts");
        var outcomes = new StartOutcome[starts.Count];
        var done = 0;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(0, starts.Count, parallel, i =>
        {
            outcomes[i] = RunStart(objective, i, starts[i], options);
            var finished = Interlocked.Increment(ref done);
            if (progress is not null && (finished % 64 == 0 || finished == starts.Count))
                progress.Report((double)finished / starts.Count);
        });
        return Summarise(name, parameterNames, outcomes, options);
    }

    /// <summary>One local minimisation by <see cref="FitOptions.Minimiser"/>. Failures are recorded, not thrown.</summary>
    public static StartOutcome RunStart(IGradientObjective objective, int index, double[] start, FitOptions options) =>
        options.Minimiser.Minimise(objective, index, start, options);

    private static MultiStartFit Summarise(string name, IReadOnlyList<string> parameterNames, StartOutcome[] outcomes, FitOptions options)
    {
        StartOutcome? best = null;
        foreach (var o in outcomes)
            if (double.IsFinite(o.Objective) && (best is null || o.Objective < best.Objective)) best = o;
        if (best is null)
            throw new InvalidInputException("every start ended with a non-finite objective; the data cannot be fitted by this form", field: "law");
        var inBasin = outcomes.Count(o => SameBasin(o, best, options));
        var failed = outcomes.Count(o => !o.Converged);
        return new MultiStartFit(name, parameterNames, best.Theta, best.Objective,
            best.Iterations, best.ExitReason, best.Converged, outcomes.Length, inBasin, failed, outcomes);
    }

    private static bool SameBasin(StartOutcome o, StartOutcome best, FitOptions options)
    {
        if (!double.IsFinite(o.Objective)) return false;
        // Relative tolerance, with an absolute floor for minima whose value is (near) zero.
        if (Math.Abs(o.Objective - best.Objective) > options.BasinObjectiveTolerance * Math.Abs(best.Objective) + 1e-12) return false;
        for (var j = 0; j < best.Theta.Length; j++)
            if (Math.Abs(o.Theta[j] - best.Theta[j]) > options.BasinParameterTolerance) return false;
        return true;
    }
}
