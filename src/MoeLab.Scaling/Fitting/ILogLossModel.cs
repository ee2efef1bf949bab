using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// A law in the form the optimiser sees: unconstrained parameters θ and the predicted log-loss of a run with
/// its gradient in θ. Keeping the model separate from the objective (Huber, weights) and from the minimiser
/// (L-BFGS) lets each be tested alone. Implementations must be thread-safe (multi-start runs in parallel).
/// </summary>
public interface ILogLossModel
{
    string FormName { get; }

    /// <summary>Names of the optimiser's parameters θ (e.g. a, b, e, alpha, beta for the LSE Chinchilla form).</summary>
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Predicted log-loss at <paramref name="point"/>; writes ∂/∂θ into <paramref name="gradient"/>.</summary>
    double LogLoss(ReadOnlySpan<double> theta, in FitPoint point, Span<double> gradient);

    /// <summary>The law with natural parameters for optimiser parameters θ.</summary>
    IScalingLaw ToLaw(ReadOnlySpan<double> theta);
}
