using System.Globalization;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// Reads the runs a user trained at one compute scale, for fitting seed 001's curve forms: a CSV with a header
/// naming the columns <c>m_over_na</c> (M/N_a), <c>n_over_na</c> (N/N_a), <c>d</c> and <c>loss</c> (any order,
/// other columns ignored).
/// </summary>
public static class PlanningRunsFile
{
    public static readonly string[] Columns = ["m_over_na", "n_over_na", "d", "loss"];

    public static IReadOnlyList<PlanningRun> Read(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException("file not found", path);
        return Parse(File.ReadAllLines(path), path);
    }

    public static IReadOnlyList<PlanningRun> Parse(IReadOnlyList<string> lines, string source)
    {
        if (lines.Count == 0) throw new InvalidInputException("empty file; expected a header " + string.Join(",", Columns), source);
        var header = lines[0].Split(',').Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = Columns.Select(c =>
        {
            var i = header.IndexOf(c);
            return i >= 0 ? i : throw new InvalidInputException($"missing column '{c}' (header needs {string.Join(", ", Columns)})", source, c, 1);
        }).ToArray();
        var runs = new List<PlanningRun>();
        for (var row = 1; row < lines.Count; row++)
        {
            if (string.IsNullOrWhiteSpace(lines[row])) continue;
            var cells = lines[row].Split(',');
            double Value(int column)
            {
                var i = index[column];
                if (i >= cells.Length || !double.TryParse(cells[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                    throw new InvalidInputException($"'{(i < cells.Length ? cells[i].Trim() : "")}' is not a finite number", source, Columns[column], row + 1);
                return v;
            }
            runs.Add(new PlanningRun(Value(0), Value(1), Value(2), Value(3)));
        }
        return runs;
    }
}
