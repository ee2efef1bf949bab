namespace MoeLab.Scaling.Fitting;

/// <summary>
/// The result of a multi-start fit: the best start's parameters and how it ended, and how the other starts
/// fared. <see cref="StartsInBestBasin"/> counts starts that landed on the same minimum (objective and
/// parameters within <see cref="FitOptions"/> basin tolerances) — a handful out of thousands signals a
/// landscape with many local minima, where the grid matters. When the starts were screened on a sample of the
/// runs (<see cref="Screening"/>), the start counts and <see cref="Outcomes"/> are the screening's, while
/// <see cref="Theta"/>, <see cref="Objective"/> and how the best start ended come from refining on all runs.
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
    IReadOnlyList<StartOutcome> Outcomes,
    StartScreening? Screening = null);

/// <summary>How the starts of a large fit were screened: on <paramref name="SampleRuns"/> of <paramref name="TotalRuns"/> runs, then <paramref name="Refined"/> distinct minima refined on all.</summary>
public sealed record StartScreening(int SampleRuns, int TotalRuns, int Refined, long Seed);
