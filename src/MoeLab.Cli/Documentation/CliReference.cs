using System.Collections;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;
using MoeLab.Cli.Infrastructure;

namespace MoeLab.Cli.Documentation;

/// <summary>
/// docs/cli.md, rendered from the command definitions themselves: every command and subcommand with its description,
/// arguments, options (aliases, whether required, default) and the examples its help prints. A test compares the
/// file with this rendering, so the reference cannot drift from the tool.
/// </summary>
public static class CliReference
{
    /// <summary>How to regenerate the file (the test writes it when this environment variable is 1).</summary>
    public const string RegenerateVariable = "MOELAB_WRITE_CLI_DOCS";

    public static string Render(RootCommand root)
    {
        var md = new StringBuilder();
        md.AppendLine("# moelab command reference");
        md.AppendLine();
        md.AppendLine("Generated from the command definitions in `src/MoeLab.Cli/Commands/`; a test fails when this file is stale. Regenerate with");
        md.AppendLine($"`{RegenerateVariable}=1 dotnet test tests/MoeLab.Cli.Tests -c Release --filter CliReferenceTests`.");
        md.AppendLine("Every command also takes `-h`/`--help`; `moelab --version` prints the version.");
        foreach (var option in root.Options.Where(o => o.Recursive && !o.Hidden && o is not HelpOption && o is not VersionOption))
            md.AppendLine($"Every command takes {string.Join('/', new[] { option.Name }.Concat(option.Aliases).Select(a => $"`{a}`"))}: {Escape(option.Description ?? "")}");
        md.AppendLine();
        md.AppendLine(Escape(root.Description ?? ""));
        md.AppendLine();
        foreach (var command in root.Subcommands) Command(md, command, "moelab");
        return md.ToString().Replace("\r\n", "\n");
    }

    private static void Command(StringBuilder md, Command command, string parent)
    {
        if (command.Hidden) return;
        var path = $"{parent} {command.Name}";
        md.AppendLine($"## `{path}`");
        md.AppendLine();
        if (command.Description is { Length: > 0 } description) md.AppendLine(Escape(description)).AppendLine();
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var usage = path + string.Concat(arguments.Select(a => $" <{a.Name}>")) + (command.Subcommands.Count > 0 ? " <command>" : "") + " [options]";
        md.AppendLine($"Usage: `{usage}`").AppendLine();
        if (arguments.Count > 0)
        {
            md.AppendLine("| argument | description |").AppendLine("|---|---|");
            foreach (var a in arguments) md.AppendLine($"| `<{a.Name}>` | {Escape(a.Description ?? "")} |");
            md.AppendLine();
        }
        var options = command.Options.Where(o => !o.Hidden && o is not HelpOption && o is not VersionOption).ToList();
        if (options.Count > 0)
        {
            md.AppendLine("| option | description | default |").AppendLine("|---|---|---|");
            foreach (var o in options)
            {
                var names = string.Join(", ", new[] { o.Name }.Concat(o.Aliases.Order(StringComparer.Ordinal)).Select(n => $"`{n}`"));
                md.AppendLine($"| {names} | {Escape(o.Description ?? "")} | {(o.Required ? "required" : Default(o))} |");
            }
            md.AppendLine();
        }
        var examples = HelpExamples.For(command);
        if (examples.Count > 0)
        {
            md.AppendLine("```");
            foreach (var e in examples) md.AppendLine(e);
            md.AppendLine("```").AppendLine();
        }
        foreach (var sub in command.Subcommands) Command(md, sub, path);
    }

    private static string Default(Option option)
    {
        if (!option.HasDefaultValue) return "";
        var value = option.GetDefaultValue();
        return value switch
        {
            null => "",
            bool b => b ? "on" : "",
            string s => s.Length == 0 ? "" : $"`{Escape(s)}`",
            IEnumerable list and not string => string.Join(", ", list.Cast<object>().Select(x => $"`{Escape(Format(x))}`")),
            _ => $"`{Escape(Format(value))}`",
        };
    }

    private static string Format(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
}
