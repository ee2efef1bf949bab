namespace MoeLab.Scaling.Planning;

/// <summary>
/// Reads the runs a user trained at one compute scale, for fitting seed 001's curve forms: a CSV with a header
/// naming the columns <c>m_over_na</c> (M/N_a), <c>n_over_na</c> (N/N_a), <c>d</c> and <c>loss</c> (any order,
/// other columns ignored). A table that also has a <c>c</c> column holds several scales and is read by
/// <see cref="MultiScale.MultiScaleRunsFile"/> instead.
/// </summary>
public static class PlanningRunsFile
{
    public static readonly string[] Columns = ["m_over_na", "n_over_na", "d", "loss"];

    public static IReadOnlyList<PlanningRun> Read(string path) => Parse(RunsCsv.ReadLines(path), path);

    public static IReadOnlyList<PlanningRun> Parse(IReadOnlyList<string> lines, string source)
    {
        var csv = RunsCsv.Open(lines, source, Columns);
        return [.. csv.DataRows().Select(row => Run(csv, row))];
    }

    /// <summary>One row's run; every value must be a finite number (the fit checks the ranges).</summary>
    internal static PlanningRun Run(RunsCsv csv, int row) =>
        new(csv.Finite(row, Columns[0]), csv.Finite(row, Columns[1]), csv.Finite(row, Columns[2]), csv.Finite(row, Columns[3]));
}
