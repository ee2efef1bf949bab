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
        var all = SecondsPerEvaluation(objective, startGrid.Count > 0 ? startGrid[0] : new double[objective.ParameterCount]);
        var screened = objective.PointCount > options.ScreeningRows;
        var screeningRuns = screened ? options.ScreeningRows : objective.PointCount;
        // Evaluation time is close to linear in runs, so the sample's is scaled from all runs' rather than timed.
        var perStart = EvaluationsPerStart * all * screeningRuns / objective.PointCount;
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

    /// <summary>Times objective-and-gradient evaluations at a start for at least 20 ms (after one to compile it).</summary>
    private static double SecondsPerEvaluation(HuberObjective objective, double[] theta)
    {
        var gradient = new double[objective.ParameterCount];
        objective.Evaluate(theta, gradient);
        var clock = Stopwatch.StartNew();
        var evaluations = 0;
        do
        {
            objective.Evaluate(theta, gradient);
            evaluations++;
        }
        while (clock.Elapsed.TotalMilliseconds < 20 || evaluations < 2);
        return clock.Elapsed.TotalSeconds / evaluations;
    }
}
