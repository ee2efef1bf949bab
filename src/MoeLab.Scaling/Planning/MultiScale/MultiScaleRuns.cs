using MoeLab.Core.Units;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>One run of a multi-scale table.</summary>
/// <param name="Row">Its line in the file (the header is row 1), for error messages and reports.</param>
/// <param name="ComputeFlops">C, the training FLOPs budget of the run's scale.</param>
/// <param name="Run">(M/N_a, N/N_a, d, loss) of the run.</param>
/// <param name="Phase">Seed 001's phase that produced the run (1: the M/N_a × N/N_a search, 2: the d sweep); null when not given.</param>
public sealed record ScaledRun(int Row, double ComputeFlops, PlanningRun Run, int? Phase);

/// <summary>The runs trained at one compute budget.</summary>
public sealed record RunScale(double ComputeFlops, IReadOnlyList<ScaledRun> Runs)
{
    /// <summary>The scale's file rows, compactly ("2–14, 40").</summary>
    public string Rows => RowList.Format(Runs.Select(r => r.Row));

    public int FirstRow => Runs.Min(r => r.Row);

    /// <summary>"C = 1e+19 FLOPs", how messages and reports name the scale.</summary>
    public string Label => $"C = {UnitFormat.Invariant(ComputeFlops, "0.###e+0")} FLOPs";
}

/// <summary>A multi-scale runs table: its scales in increasing C, and whether it said which phase each run belongs to.</summary>
public sealed record MultiScaleRuns(string Source, IReadOnlyList<RunScale> Scales, bool HasPhase);

/// <summary>Formats file rows as ranges of consecutive numbers, so a message can say which rows it means.</summary>
public static class RowList
{
    public static string Format(IEnumerable<int> rows)
    {
        var sorted = rows.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j == i ? $"{sorted[i]}" : $"{sorted[i]}–{sorted[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}
