using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>Human-readable rendering for a terminal.</summary>
public static class TerminalReportRenderer
{
    public static void Render(Report report, TextWriter output) =>
        output.Write(MarkdownReportRenderer.Render(report));
}
