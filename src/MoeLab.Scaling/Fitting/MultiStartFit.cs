namespace MoeLab.Scaling.Fitting;

/// <summary>
/// The result of a multi-start fit: the best start's parameters and how it ended, and how the other starts
/// fared. <see cref="StartsInBestBasin"/> counts starts that landed on the same minimum (objective and
/// parameters within <see cref="FitOptions"/> basin tolerances) — a handful out of thousands signals a
/// landscape with many local minima, where the grid matters.
/// </summary>
public sealed record MultiStartFit(
    string FormName,
    IReadOnlyList<string> ParameterNames,
    double[] Theta,
    double Objective,
    int Iterations,
    string ExitReason,
    bool Converged,
    int Starts,
    int StartsInBestBasin,
    int FailedStarts,
    IReadOnlyList<StartOutcome> Outcomes);
