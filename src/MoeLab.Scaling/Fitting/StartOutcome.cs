namespace MoeLab.Scaling.Fitting;

/// <summary>
/// How one L-BFGS start ended. <see cref="ExitReason"/> names the stopping rule that ended it (e.g.
/// <c>RelativeGradient</c>, <c>LackOfProgress</c>) or the failure that stopped it (maximum iterations,
/// line search failure, non-finite objective); <see cref="Converged"/> is false for failures.
/// </summary>
public sealed record StartOutcome(int StartIndex, double[] Start, double[] Theta, double Objective, int Iterations, string ExitReason, bool Converged)
{
    /// <summary>A failed start keeps its starting point and value, so it can never win while hiding a failure.</summary>
    public static StartOutcome Failed(IGradientObjective objective, int startIndex, double[] start, string reason)
    {
        var value = objective.Evaluate(start, new double[objective.ParameterCount]);
        return new StartOutcome(startIndex, start, (double[])start.Clone(), double.IsFinite(value) ? value : double.PositiveInfinity, 0, reason, false);
    }
}
