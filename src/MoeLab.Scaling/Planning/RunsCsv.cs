using System.Globalization;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// The plain numeric CSV that <c>plan --runs</c> reads: a header of column names (any order, case-insensitive,
/// other columns ignored), then one run per line. Rows are file lines (the header is row 1), so every error
/// names the line a user sees in an editor, and the column.
/// </summary>
internal sealed class RunsCsv
{
    private readonly Dictionary<string, int> _index;

    private RunsCsv(IReadOnlyList<string> lines, string source, string[] header, string[] required)
    {
        Lines = lines;
        Source = source;
        _index = header.Select((h, i) => (h, i)).GroupBy(p => p.h).ToDictionary(g => g.Key, g => g.First().i);
        foreach (var c in required)
            if (!_index.ContainsKey(c))
                throw new InvalidInputException($"missing column '{c}' (header needs {string.Join(", ", required)})", source, c, 1);
    }

    public IReadOnlyList<string> Lines { get; }

    public string Source { get; }

    /// <summary>The header of <paramref name="lines"/>, lower-cased and trimmed.</summary>
    public static string[] Header(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? [] : [.. lines[0].Split(',').Select(h => h.Trim().ToLowerInvariant())];

    /// <summary>Checks that the header names every <paramref name="required"/> column.</summary>
    public static RunsCsv Open(IReadOnlyList<string> lines, string source, string[] required)
    {
        if (lines.Count == 0) throw new InvalidInputException("empty file; expected a header " + string.Join(",", required), source);
        return new RunsCsv(lines, source, Header(lines), required);
    }

    public static IReadOnlyList<string> ReadLines(string path)
    {
        Core.IO.InputFile.Require(path, "runs table");
        return File.ReadAllLines(path);
    }

    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The 1-based file rows holding data (blank lines skipped).</summary>
    public IEnumerable<int> DataRows()
    {
        for (var i = 1; i < Lines.Count; i++)
            if (!string.IsNullOrWhiteSpace(Lines[i])) yield return i + 1;
    }

    /// <summary>The trimmed text of <paramref name="column"/> on file row <paramref name="row"/>; empty when the line is short.</summary>
    public string Text(int row, string column)
    {
        var cells = Lines[row - 1].Split(',');
        var i = _index[column];
        return i < cells.Length ? cells[i].Trim() : "";
    }

    /// <summary>A finite number, or an error naming the file, row and column.</summary>
    public double Finite(int row, string column)
    {
        var text = Text(row, column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw new InvalidInputException($"'{text}' is not a finite number", Source, column, row);
        return v;
    }

    /// <summary>A finite number above zero (FLOPs, widths, ratios and losses are all positive).</summary>
    public double Positive(int row, string column)
    {
        var v = Finite(row, column);
        return v > 0 ? v : throw new InvalidInputException($"must be positive, got {Text(row, column)}", Source, column, row);
    }

    public InvalidInputException Error(string message, int row, string column) => new(message, Source, column, row);
}
