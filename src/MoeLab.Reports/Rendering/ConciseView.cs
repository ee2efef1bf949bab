using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// The one-screen terminal view of a report: the blocks that answer the question, its warnings, and one line naming
/// what was left out and how to see it. Only the terminal gets it; --json, --md and --html always carry the full report.
/// </summary>
public static class ConciseView
{
    /// <summary>The title of the closing note that names the left-out sections.</summary>
    public const string MoreTitle = "More";

    public static Report Keep(Report full, Func<ReportBlock, bool> answers)
    {
        ArgumentNullException.ThrowIfNull(full);
        ArgumentNullException.ThrowIfNull(answers);
        var kept = full.Blocks.Where(answers).ToList();
        // A report without its answering blocks (an unexpected shape) is shown whole rather than emptied.
        if (kept.Count == 0 || kept.Count == full.Blocks.Count) return full;
        var left = full.Blocks.Where(b => !answers(b)).Select(b => b.Title).ToList();
        kept.Add(new Note(MoreTitle,
            $"{left.Count} more section{(left.Count == 1 ? "" : "s")} ({string.Join("; ", left)}): --verbose prints them here; --md FILE, --html FILE or --json give the full report."));
        return full with { Blocks = kept };
    }
}
