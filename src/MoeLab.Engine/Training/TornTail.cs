namespace MoeLab.Engine.Training;

/// <summary>
/// Reading a line-per-record file that a killed writer may have cut short. Only the last line can be torn — every
/// earlier line ended with its newline — so a last line without a newline that is not a complete record is dropped
/// (the record was never finished), while a bad line anywhere else is corruption for the reader to report.
/// </summary>
public static class TornTail
{
    /// <summary>The file's lines (without newlines, blank lines kept) and the torn last line, if one was dropped.</summary>
    /// <param name="isComplete">Whether a line is a whole record.</param>
    public static (IReadOnlyList<string> Lines, string? Dropped) Split(string text, Func<string, bool> isComplete)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1); // the file ended with a newline: no partial line
            return (lines, null);
        }
        if (isComplete(lines[^1])) return (lines, null);
        var dropped = lines[^1];
        lines.RemoveAt(lines.Count - 1);
        return (lines, dropped);
    }

    /// <summary>A short, printable description of a dropped line for a warning.</summary>
    public static string Describe(string dropped)
    {
        var printable = new string(dropped.Take(40).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return $"'{printable}{(dropped.Length > 40 ? "…" : "")}' ({dropped.Length} characters)";
    }
}
