using System.Diagnostics;
using System.Globalization;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// What a fit will cost, worked out before it starts: how many local minimisations run on how many runs, and
/// roughly how long that takes here, from timing a few objective evaluations on this machine.
/// </summary>
/// <param name="Runs">Runs the fit minimises over.</param>
/// <param name="Starts">Starts of the multi-start stage.</param>
/// <param name="ScreeningRuns">Runs each start sees: a sample when the starts are screened, else all.</param>
/// <param name="Refined">At most this many minima refined on all runs after screening (0 without screening).</param>
/// <param name="BootstrapFits">Bootstrap minimisations on all runs (resamples × starts each).</param>
/// <param name="Cores">Cores the fit may use.</param>
/// <param name="FitSeconds">Estimated seconds of the multi-start stage (screening and refining).</param>
/// <param name="BootstrapSeconds">Estimated seconds of the bootstrap.</param>
public sealed record FitCostEstimate(
    int Runs, int Starts, int ScreeningRuns, int Refined, long BootstrapFits, int Cores, double FitSeconds, double BootstrapSeconds)
{
    /// <summary>
    /// Objective evaluations one start typically takes, line searches included: 143 on average over the
    /// Chinchilla grid on the published data and on a synthetic million-run table alike.
    /// </summary>
    public const int EvaluationsPerStart = 150;

    public double Seconds => FitSeconds + BootstrapSeconds;

    public static FitCostEstimate Measure(HuberObjective objective, IReadOnlyList<double[]> startGrid, FitOptions options, BootstrapOptions? bootstrap)
    {
        var starts = startGrid.Count;
        var cores = Math.Max(1, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        var theta = startGrid.Count > 0 ? startGrid[0] : new double[objective.ParameterCount];
        var all = SecondsPerEvaluation(objective, theta);
        var screened = objective.PointCount > options.ScreeningRows;
        var screeningRuns = screened ? options.ScreeningRows : objective.PointCount;
        // The sample is timed, not scaled from all runs: it stays in cache, while all of a million runs stream
        // from memory at about three times the cost per run.
        var sample = screened ? objective.Subset(ScreeningSample.Indices(objective.PointCount, screeningRuns, options.ScreeningSeed)) : objective;
        var perStart = EvaluationsPerStart * (screened ? SecondsPerEvaluation(sample, theta) : all);
        var refined = screened ? Math.Min(options.RefinedBasins, starts) : 0;
        var fitSeconds = starts * perStart / cores + refined * EvaluationsPerStart * all / Math.Min(cores, Math.Max(1, refined));
        var bootstrapFits = bootstrap is null ? 0L : (long)bootstrap.Resamples * bootstrap.StartsPerResample;
        var bootstrapSeconds = bootstrapFits * EvaluationsPerStart * all / cores;
        return new FitCostEstimate(objective.PointCount, starts, screeningRuns, refined, bootstrapFits, cores, fitSeconds, bootstrapSeconds);
    }

    /// <summary>One line for the terminal, saying what runs and what would make it cheaper when the bootstrap dominates.</summary>
    public string Describe()
    {
        var c = CultureInfo.InvariantCulture;
        var what = Refined > 0
            ? string.Format(c, "{0:N0} runs: {1:N0} starts screened on a {2:N0}-run sample, up to {3} of the best minima refined on all runs", Runs, Starts, ScreeningRuns, Refined)
            : string.Format(c, "{0:N0} runs × {1:N0} starts", Runs, Starts);
        if (BootstrapFits > 0) what += string.Format(c, ", then {0:N0} bootstrap fits on all runs", BootstrapFits);
        var text = string.Format(c, "{0}: about {1} on {2} core{3}", what, Duration(Seconds), Cores, Cores == 1 ? "" : "s");
        if (BootstrapSeconds > FitSeconds)
            text += string.Format(c, " (the bootstrap's {0}: fewer --bootstrap resamples or --bootstrap-starts cut it)", Duration(BootstrapSeconds));
        return text;
    }

    private static string Duration(double seconds) => seconds switch
    {
        < 90 => string.Format(CultureInfo.InvariantCulture, "{0:0} s", Math.Max(1, seconds)),
        < 5400 => string.Format(CultureInfo.InvariantCulture, "{0:0} min", seconds / 60),
        _ => string.Format(CultureInfo.InvariantCulture, "{0:0.#} h", seconds / 3600),
    };

    /// <summary>
    /// The fastest of repeated timings of 8 evaluations at a start, over at most 200 ms or 2,000 evaluations: the
    /// first calls run code not yet re-compiled for this CPU's vector width (several times slower), and a fit's
    /// thousands of calls run the steady state.
    /// </summary>
    private static double SecondsPerEvaluation(HuberObjective objective, double[] theta)
    {
        const int chunk = 8;
        var gradient = new double[objective.ParameterCount];
        var total = Stopwatch.StartNew();
        var best = double.PositiveInfinity;
        for (var evaluations = 0; evaluations < 2000 && (evaluations < 2 * chunk || total.Elapsed.TotalMilliseconds < 200); evaluations += chunk)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < chunk; i++) objective.Evaluate(theta, gradient);
            best = Math.Min(best, clock.Elapsed.TotalSeconds / chunk);
        }
        return best;
    }
}
