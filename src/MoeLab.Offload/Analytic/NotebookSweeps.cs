using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>One row of the notebook's <c>ExperimentRunner</c> sweeps (SEED 000 MODEL).</summary>
public sealed record NotebookSweepRow(
    long NumExperts,
    long ExpertBytes,
    double SingleExpertCacheProbability,
    double ForwardExpertsMissProbability,
    double PerformanceGain,
    double EffectiveBandwidthBytesPerSecond);

/// <summary>
/// The notebook's <c>ExperimentRunner.expert_count_sweep</c> and <c>expert_size_sweep</c>, with the same grid
/// construction: expert counts are <c>np.logspace(log10(start), log10(end), num=steps).astype(int)</c> —
/// truncation, so a count that lands a hair under an integer drops by one, as it does in the notebook — and
/// sizes are <c>range(start, end + 1, step)</c>.
/// </summary>
public static class NotebookSweeps
{
    /// <summary>The expert counts <c>np.logspace(...).astype(int)</c> produces.</summary>
    public static IReadOnlyList<long> LogSpacedCounts(long start, long end, int steps)
    {
        Preconditions.Positive(start, "start_experts");
        Preconditions.Positive(end, "end_experts");
        Preconditions.Positive(steps, "step");
        var lo = Math.Log10(start);
        var hi = Math.Log10(end);
        var counts = new long[steps];
        // np.linspace: start + i·step, with the last point set to stop exactly.
        var delta = steps > 1 ? (hi - lo) / (steps - 1) : 0.0;
        for (var i = 0; i < steps; i++)
        {
            var exponent = i == steps - 1 && steps > 1 ? hi : lo + i * delta;
            counts[i] = (long)Math.Pow(10.0, exponent);
        }
        return counts;
    }

    public static IReadOnlyList<NotebookSweepRow> ExpertCountSweep(
        INotebookSystemModel system, long startExperts, long endExperts, int steps, long expertBytes, int expertsPerForward) =>
        [.. LogSpacedCounts(startExperts, endExperts, steps).Select(n => Row(system, new NotebookMoeConfig(n, expertBytes, expertsPerForward)))];

    public static IReadOnlyList<NotebookSweepRow> ExpertSizeSweep(
        INotebookSystemModel system, long numExperts, long startBytes, long endBytes, long stepBytes, int expertsPerForward)
    {
        Preconditions.Positive(stepBytes, "step");
        var rows = new List<NotebookSweepRow>();
        for (var size = startBytes; size <= endBytes; size += stepBytes)
            rows.Add(Row(system, new NotebookMoeConfig(numExperts, size, expertsPerForward)));
        return rows;
    }

    private static NotebookSweepRow Row(INotebookSystemModel system, NotebookMoeConfig config) => new(
        config.NumExperts,
        config.ExpertBytes,
        system.CacheProbability(config),
        system.ForwardExpertsMissProbability(config),
        system.PerformanceGain(config),
        system.EffectiveBandwidthBytesPerSecond(config));
}
