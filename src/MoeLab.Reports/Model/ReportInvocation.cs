using System.Text.Json.Nodes;

namespace MoeLab.Reports.Model;

/// <summary>
/// How the command line asked for a report, as the CLI parsed it; the JSON envelope echoes it so a result file says
/// by itself what produced it.
/// </summary>
/// <param name="Command">The command path below <c>moelab</c>, e.g. <c>inspect</c> or <c>trace convert</c>.</param>
/// <param name="Arguments">Every option and argument of the command by snake_case name, as its typed value (a default included; null when absent).</param>
/// <param name="Inputs">The files and directories the command line named for reading.</param>
public sealed record ReportInvocation(string Command, JsonObject Arguments, IReadOnlyList<InputFile> Inputs);

/// <summary>A file or directory a command read.</summary>
/// <param name="Kind">What it was given as: the option or argument's snake_case name, e.g. <c>trace</c> or <c>runs</c>.</param>
/// <param name="Path">The path as given on the command line.</param>
public sealed record InputFile(string Kind, string Path);
