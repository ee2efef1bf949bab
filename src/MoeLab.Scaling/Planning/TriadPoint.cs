namespace MoeLab.Scaling.Planning;

/// <summary>
/// Seed 001's joint constraint triad in its own convention (non-embedding, router not counted):
/// training FLOPs per token M, active parameters N_a and total parameters N. The planner searches in the
/// ratios M/N_a (> 6: the attention-score FLOPs) and N/N_a (> 1: the inactive experts).
/// </summary>
public readonly record struct TriadPoint(double FlopsPerToken, double ActiveParams, double TotalParams)
{
    /// <summary>M/N_a, training FLOPs per token per active parameter (6 plus the attention-score share).</summary>
    public double FlopsPerActiveParam => FlopsPerToken / ActiveParams;

    /// <summary>N/N_a, total over active parameters (1 for a dense model).</summary>
    public double TotalPerActive => TotalParams / ActiveParams;

    /// <summary>The triad whose ratios are (<paramref name="flopsPerActiveParam"/>, <paramref name="totalPerActive"/>) at FLOPs per token M.</summary>
    public static TriadPoint FromRatios(double flopsPerToken, double flopsPerActiveParam, double totalPerActive)
    {
        var active = flopsPerToken / flopsPerActiveParam;
        return new TriadPoint(flopsPerToken, active, active * totalPerActive);
    }
}
