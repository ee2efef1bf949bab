namespace MoeLab.Scaling.Fitting;

/// <summary>
/// How one L-BFGS start ended. <see cref="ExitReason"/> is MathNet's exit condition (e.g.
/// <c>RelativeGradient</c>, <c>StationaryPoint</c>) or the failure that stopped it (maximum iterations,
/// line search failure, non-finite objective); <see cref="Converged"/> is false for failures.
/// </summary>
public sealed record StartOutcome(int StartIndex, double[] Start, double[] Theta, double Objective, int Iterations, string ExitReason, bool Converged);
