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
    /// <summary>
    /// Fits <paramref name="objective"/> from every start in <paramref name="starts"/>. Above
    /// <see cref="FitOptions.ScreeningRows"/> runs the starts are screened on a seeded sample and the best
    /// <see cref="FitOptions.RefinedBasins"/> distinct minima (those within <see cref="FitOptions.RefineObjectiveMargin"/>
    /// of the best on the sample) refined on all runs, so the cost stops growing with starts × runs and grows only
    /// with refined starts × runs.
    /// </summary>
    public static MultiStartFit Fit(
        HuberObjective objective,
        IReadOnlyList<double[]> starts,
        FitOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options = (options ?? new FitOptions()).Validate();
        var name = objective.Model.FormName;
        var names = objective.Model.ParameterNames;
        if (objective.PointCount <= options.ScreeningRows) return Fit(objective, name, names, starts, options, progress, cancellationToken);

        // Progress in proportion to row evaluations: starts × sample rows, then refined starts × all rows.
        var screeningWork = (double)starts.Count * options.ScreeningRows;
        var share = screeningWork / (screeningWork + (double)options.RefinedBasins * objective.PointCount);
        var sample = objective.Subset(ScreeningSample.Indices(objective.PointCount, options.ScreeningRows, options.ScreeningSeed));
        var screened = Fit(sample, name, names, starts, options,
            progress is null ? null : new Scaled(progress, 0, share), cancellationToken);
        var scratch = new double[names.Count];
        var withinMargin = screened.Objective + options.RefineObjectiveMargin * Math.Abs(screened.Objective) + 1e-12;
        var refineFrom = Bootstrap.SelectStarts(screened, options.RefinedBasins, options).Where(theta => sample.Evaluate(theta, scratch) <= withinMargin).ToList();
        var refined = RunAll(objective, refineFrom, options, progress is null ? null : new Scaled(progress, share, 1 - share), 1, cancellationToken);
        var best = Best(refined) ?? throw new InvalidInputException(
            "every refined start ended with a non-finite objective on all runs; the data cannot be fitted by this form", field: "law");
        return new MultiStartFit(name, names, best.Theta, best.Objective, best.Iterations, best.ExitReason, best.Converged,
            screened.Starts, screened.StartsInBestBasin, screened.FailedStarts, screened.Outcomes,
            new StartScreening(sample.PointCount, objective.PointCount, refineFrom.Count, options.ScreeningSeed));
    }

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
        return Summarise(name, parameterNames, RunAll(objective, starts, options, progress, 64, cancellationToken), options);
    }

    /// <summary>Every start in parallel, reporting progress every <paramref name="reportEvery"/> finished starts.</summary>
    private static StartOutcome[] RunAll(
        IGradientObjective objective, IReadOnlyList<double[]> starts, FitOptions options, IProgress<double>? progress, int reportEvery,
        CancellationToken cancellationToken)
    {
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
            if (progress is not null && (finished % reportEvery == 0 || finished == starts.Count))
                progress.Report((double)finished / starts.Count);
        });
        return outcomes;
    }

    /// <summary>The lowest finite objective; ties go to the lower start index.</summary>
    private static StartOutcome? Best(IEnumerable<StartOutcome> outcomes)
    {
        StartOutcome? best = null;
        foreach (var o in outcomes)
            if (double.IsFinite(o.Objective) && (best is null || o.Objective < best.Objective)) best = o;
        return best;
    }

    /// <summary>One local minimisation by <see cref="FitOptions.Minimiser"/>. Failures are recorded, not thrown.</summary>
    public static StartOutcome RunStart(IGradientObjective objective, int index, double[] start, FitOptions options) =>
        options.Minimiser.Minimise(objective, index, start, options);

    private static MultiStartFit Summarise(string name, IReadOnlyList<string> parameterNames, StartOutcome[] outcomes, FitOptions options)
    {
        var best = Best(outcomes)
            ?? throw new InvalidInputException("every start ended with a non-finite objective; the data cannot be fitted by this form", field: "law");
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

    /// <summary>Maps a stage's 0–1 progress into [offset, offset + length] of the whole.</summary>
    private sealed class Scaled(IProgress<double> inner, double offset, double length) : IProgress<double>
    {
        public void Report(double value) => inner.Report(offset + length * value);
    }
}
