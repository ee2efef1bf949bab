namespace MoeLab.Scaling.Fitting;

/// <summary>
/// Runs one local minimisation from one start. <see cref="LbfgsMinimiser"/> (the default) and
/// <see cref="MathNetLbfgsMinimiser"/> (the reference it was checked against) implement the same L-BFGS with the
/// same line search and stopping rules. Failures are returned as outcomes, never thrown: one bad start must not
/// sink a grid. Implementations must be thread-safe (starts run in parallel).
/// </summary>
public interface IGradientMinimiser
{
    string Name { get; }

    StartOutcome Minimise(IGradientObjective objective, int startIndex, double[] start, FitOptions options);
}
