using System.Globalization;

namespace MoeLab.Scaling.Data;

/// <summary>
/// Rows that repeat an earlier row's every fitted value (N, D, C, loss, E, G): the same run counted twice, as
/// when a ladder rerun appends its runs to the table again. Each copy weighs in the fit once more.
/// </summary>
/// <param name="Rows">Data rows (1-based) of the repeats, in file order; the first occurrence is not among them.</param>
public sealed record DuplicateRuns(IReadOnlyList<long> Rows)
{
    /// <summary>Rows named in <see cref="Describe"/>.</summary>
    public const int RowsNamed = 5;

    public int Count => Rows.Count;

    public static DuplicateRuns Find(IReadOnlyList<RunPoint> runs)
    {
        var seen = new HashSet<(double, double, double, double, double, double)>(runs.Count);
        var repeats = new List<long>();
        foreach (var r in runs)
            if (!seen.Add((r.ParamsN, r.TokensD, r.ComputeFlops, r.Loss, r.Experts, r.Granularity))) repeats.Add(r.Row);
        return new DuplicateRuns(repeats);
    }

    /// <summary>One line: how many repeats, the first few rows, and what they do to the fit.</summary>
    public string Describe(string source)
    {
        var named = string.Join(", ", Rows.Take(RowsNamed).Select(r => r.ToString(CultureInfo.InvariantCulture)));
        var more = Count > RowsNamed ? ", …" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{source}: {Count:N0} row{(Count == 1 ? " repeats" : "s repeat")} an earlier row exactly (row{(Count == 1 ? "" : "s")} {named}{more}); each copy counts again in the fit — remove repeats (e.g. runs appended twice by a rerun) unless they are real repeated runs");
    }
}
