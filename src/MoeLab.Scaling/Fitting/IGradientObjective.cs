namespace MoeLab.Scaling.Fitting;

/// <summary>
/// A smooth function to minimise with its gradient. What is minimised is kept apart from how (L-BFGS in
/// <see cref="MultiStartFitter"/>), so the optimiser can be tested on functions with known minima.
/// Implementations must be thread-safe: starts run in parallel.
/// </summary>
public interface IGradientObjective
{
    int ParameterCount { get; }

    /// <summary>Value at <paramref name="theta"/>; writes the gradient into <paramref name="gradient"/>.</summary>
    double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient);
}
