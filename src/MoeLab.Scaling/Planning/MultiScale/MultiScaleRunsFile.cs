using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>
/// Reads a multi-scale runs table, the input of seed 001's pipeline (per-scale curve fits, then power laws of
/// the optima in C): a CSV with a header naming <c>c</c> (the training FLOPs budget of the run's scale),
/// <c>m_over_na</c>, <c>n_over_na</c>, <c>d</c> and <c>loss</c>; optionally <c>phase</c> (1 or 2, blank for
/// unknown) and <c>run</c>; any order, other columns ignored. Rows whose C agree within a relative
/// <see cref="ScaleTolerance"/> form one scale. Every error names the file, the row (file line) and the column.
/// </summary>
public static class MultiScaleRunsFile
{
    public const string ComputeColumn = "c";
    public const string PhaseColumn = "phase";

    public static readonly string[] Columns = [ComputeColumn, .. PlanningRunsFile.Columns];

    /// <summary>Relative difference below which two budgets are the same scale (a ladder writes C as a float).</summary>
    public const double ScaleTolerance = 1e-6;

    /// <summary>Whether the file's header has a <c>c</c> column: a multi-scale table rather than one scale's runs.</summary>
    public static bool HasComputeColumn(string path) =>
        File.Exists(path) && RunsCsv.Header(File.ReadLines(path).Take(1).ToList()).Contains(ComputeColumn);

    public static MultiScaleRuns Read(string path) => Parse(RunsCsv.ReadLines(path), path);

    public static MultiScaleRuns Parse(IReadOnlyList<string> lines, string source)
    {
        var csv = RunsCsv.Open(lines, source, Columns);
        var hasPhase = csv.Has(PhaseColumn);
        var runs = csv.DataRows().Select(row => Run(csv, row, hasPhase)).ToList();
        if (runs.Count == 0) throw new InvalidInputException("the table has no data rows", source, ComputeColumn, 2);

        // Sorted by C, a new scale starts where C moves away from the current scale's first value.
        var scales = new List<RunScale>();
        var current = new List<ScaledRun>();
        foreach (var run in runs.OrderBy(r => r.ComputeFlops).ThenBy(r => r.Row))
        {
            if (current.Count > 0 && (run.ComputeFlops - current[0].ComputeFlops) / current[0].ComputeFlops >= ScaleTolerance)
            {
                scales.Add(Scale(current));
                current = [];
            }
            current.Add(run);
        }
        scales.Add(Scale(current));
        return new MultiScaleRuns(source, scales, hasPhase);
    }

    private static RunScale Scale(List<ScaledRun> runs) =>
        new(runs.Average(r => r.ComputeFlops), [.. runs.OrderBy(r => r.Row)]);

    private static ScaledRun Run(RunsCsv csv, int row, bool hasPhase)
    {
        var c = csv.Positive(row, ComputeColumn);
        var x = csv.Positive(row, "m_over_na");
        if (!(x > Laws.PerScaleCurve.FlopsRatioPole))
            throw csv.Error($"must be above 6 (M ≥ 6·N_a: 6·N_a is the non-attention FLOPs per token), got {csv.Text(row, "m_over_na")}", row, "m_over_na");
        var y = csv.Positive(row, "n_over_na");
        if (!(y > 1)) throw csv.Error($"must be above 1 (N ≥ N_a; the curve form has a pole at 1), got {csv.Text(row, "n_over_na")}", row, "n_over_na");
        var d = csv.Positive(row, "d");
        var loss = csv.Positive(row, "loss");
        int? phase = null;
        if (hasPhase && csv.Text(row, PhaseColumn) is { Length: > 0 } text)
            phase = text switch
            {
                "1" => 1,
                "2" => 2,
                _ => throw csv.Error($"must be 1 (the M/N_a × N/N_a search), 2 (the d sweep) or blank, got '{text}'", row, PhaseColumn),
            };
        return new ScaledRun(row, c, new PlanningRun(x, y, d, loss), phase);
    }
}
