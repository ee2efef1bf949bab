using System.CommandLine;
using MoeLab.Reports.Rendering;

namespace MoeLab.Cli.Infrastructure;

/// <summary>The output options every report-producing command shares: --json, --html, --md, --json-out.</summary>
public static class OutputOptionSet
{
    public static readonly Option<bool> Json = new("--json") { Description = "Print the full machine-readable result as JSON instead of tables." };
    public static readonly OutputFileOption Html = new("--html") { Description = "Also write a self-contained HTML report (opens offline) to this file (- for standard output)." };
    public static readonly OutputFileOption Markdown = new("--md") { Description = "Also write a Markdown report to this file (- for standard output)." };
    public static readonly OutputFileOption JsonOut = new("--json-out") { Description = "Also write the JSON result to this file (- for standard output)." };

    /// <summary>Added by commands whose terminal view is a one-screen summary (<see cref="CommandRunner.RunReport(ParseResult, Func{MoeLab.Reports.Model.Report}, Func{MoeLab.Reports.Model.Report, MoeLab.Reports.Model.Report}?)"/>).</summary>
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Print the full report on the terminal instead of the one-screen summary (--json, --md and --html always get the full report)." };

    public static void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Html);
        command.Options.Add(Markdown);
        command.Options.Add(JsonOut);
    }

    public static OutputOptions Read(ParseResult parse) => new(
        parse.GetValue(Json),
        parse.GetValue(Html),
        parse.GetValue(Markdown),
        parse.GetValue(JsonOut));
}
