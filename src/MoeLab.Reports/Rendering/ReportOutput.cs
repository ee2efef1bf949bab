using MoeLab.Core.IO;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>Where and how a report goes: the terminal (or JSON on stdout) plus optional files.</summary>
/// <param name="Json">Write the machine-readable JSON to stdout instead of the terminal rendering.</param>
/// <param name="HtmlPath">Also write a self-contained HTML report here.</param>
/// <param name="MarkdownPath">Also write a Markdown report here.</param>
/// <param name="JsonPath">Also write the JSON result here.</param>
public sealed record OutputOptions(bool Json = false, string? HtmlPath = null, string? MarkdownPath = null, string? JsonPath = null);

/// <summary>
/// Sends one report to every requested destination. Every rendering is produced before anything is written,
/// so a failure while rendering leaves the user's existing files and the terminal untouched; files are then
/// written through <see cref="OutputFile"/> (regular files replaced atomically, devices, FIFOs and <c>-</c> written through).
/// </summary>
public static class ReportOutput
{
    public static void Emit(Report report, OutputOptions options, TextWriter stdout) => Emit(report, options, stdout, status: null);

    /// <param name="status">Where to say which files were written (the CLI passes stderr, keeping stdout clean for pipes); null for silence.</param>
    public static void Emit(Report report, OutputOptions options, TextWriter stdout, TextWriter? status) => Emit(report, options, stdout, status, terminal: null);

    /// <param name="terminal">A shorter view of <paramref name="report"/> for the terminal only (files and --json keep everything); null for the full report.</param>
    public static void Emit(Report report, OutputOptions options, TextWriter stdout, TextWriter? status, Report? terminal)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);

        var files = new List<(string Path, string Option, string Kind, string Content)>(3);
        if (options.JsonPath is not null) files.Add((options.JsonPath, "--json-out", "JSON", JsonReportRenderer.Render(report)));
        if (options.MarkdownPath is not null) files.Add((options.MarkdownPath, "--md", "Markdown", MarkdownReportRenderer.Render(report)));
        if (options.HtmlPath is not null) files.Add((options.HtmlPath, "--html", "HTML", HtmlReportRenderer.Render(report)));
        var json = options.Json ? JsonReportRenderer.Render(report) : null;

        // Every destination is checked before any is written, so one bad path leaves the others as they were.
        var outputs = files.Select(f => (Output: OutputFile.At(f.Path, f.Option), f.Kind, f.Content)).ToList();
        foreach (var (output, kind, content) in outputs)
        {
            output.WriteAllText(content);
            status?.WriteLine($"moelab: wrote {kind} report to {(output.Kind == OutputKind.StandardOutput ? "standard output" : output.Path)}");
        }

        if (json is not null) stdout.WriteLine(json);
        else TerminalReportRenderer.Render(terminal ?? report, stdout);
    }
}
