using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// How a fit runs. Defaults follow Hoffmann et al. / Besiroglu et al.: Huber δ = 10⁻³, summed (not averaged).
/// The L-BFGS tolerances are MathNet's: the gradient test is relative to max(|objective|, 1), so with a summed
/// Huber objective near 10⁻³ it is effectively absolute.
/// </summary>
public sealed record FitOptions
{
    public double HuberDelta { get; init; } = 1e-3;

    /// <summary>Average the Huber terms instead of summing them (same minimiser, 1/n-scaled objective).</summary>
    public bool MeanObjective { get; init; }

    public double GradientTolerance { get; init; } = 1e-9;
    public double ParameterTolerance { get; init; } = 1e-12;
    public double FunctionProgressTolerance { get; init; } = 1e-14;
    public int MaxIterations { get; init; } = 2000;
    public int LbfgsMemory { get; init; } = 10;

    /// <summary>Cores to use for the starts; null = all.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Two starts are "in the same basin" when their objectives agree to this relative tolerance…</summary>
    public double BasinObjectiveTolerance { get; init; } = 1e-6;

    /// <summary>…and every parameter agrees to this absolute tolerance (θ is in log/exponent units).</summary>
    public double BasinParameterTolerance { get; init; } = 1e-3;

    public FitOptions Validate()
    {
        Preconditions.Positive(HuberDelta, "huber-delta");
        Preconditions.Positive(MaxIterations, "max-iterations");
        return this;
    }
}
