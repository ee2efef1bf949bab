using MoeLab.Core.IO;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>Where and how a report goes: the terminal (or JSON on stdout) plus optional files.</summary>
/// <param name="Json">Write the machine-readable JSON to stdout instead of the terminal rendering.</param>
/// <param name="HtmlPath">Also write a self-contained HTML report here.</param>
/// <param name="MarkdownPath">Also write a Markdown report here.</param>
/// <param name="JsonPath">Also write the JSON result here.</param>
public sealed record OutputOptions(bool Json = false, string? HtmlPath = null, string? MarkdownPath = null, string? JsonPath = null);

/// <summary>Sends one report to every requested destination. Files are written atomically.</summary>
public static class ReportOutput
{
    public static void Emit(Report report, OutputOptions options, TextWriter stdout)
    {
        if (options.Json) stdout.WriteLine(JsonReportRenderer.Render(report));
        else TerminalReportRenderer.Render(report, stdout);

        if (options.JsonPath is not null) AtomicFile.WriteAllText(options.JsonPath, JsonReportRenderer.Render(report));
        if (options.MarkdownPath is not null) AtomicFile.WriteAllText(options.MarkdownPath, MarkdownReportRenderer.Render(report));
        if (options.HtmlPath is not null) AtomicFile.WriteAllText(options.HtmlPath, HtmlReportRenderer.Render(report));
    }
}
