namespace MoeLab.Core.Seed001;

/// <summary>
/// Seed 001's joint constraint triad: training FLOPs per token M, active parameters N_a, total parameters N.
/// The paper argues M alone is not a fair budget because layer types differ in FLOPs per parameter.
/// </summary>
/// <param name="FlopsPerToken">M: training FLOPs per token.</param>
/// <param name="ActiveParams">N_a.</param>
/// <param name="TotalParams">N.</param>
public readonly record struct ConstraintTriad(double FlopsPerToken, long ActiveParams, long TotalParams)
{
    /// <summary>M / N_a (the paper's x; 6 is its lower limit).</summary>
    public double FlopsPerActiveParam => FlopsPerToken / ActiveParams;

    /// <summary>N / N_a (the paper's y; 1 is its lower limit).</summary>
    public double TotalPerActiveParam => (double)TotalParams / ActiveParams;
}
