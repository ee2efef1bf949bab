using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using MoeLab.Core.Text;

namespace MoeLab.Cli.Infrastructure;

/// <summary>Parses and runs a command line under MoeLab's exit-code contract.</summary>
public static partial class CliInvoker
{
    /// <summary>
    /// Runs <paramref name="args"/> against <paramref name="root"/>. System.CommandLine answers a parse error
    /// (unknown option or command, missing or malformed value) with its message, typo suggestions and exit 1;
    /// for MoeLab a bad flag is bad input like any other: one line on stderr naming the option (with a "did you mean"
    /// for a typo), and exit <see cref="CommandRunner.BadInput"/> (2).
    /// </summary>
    public static int Invoke(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        var parse = root.Parse(args);
        var error = stderr ?? Console.Error;
        // --help and --version answer even on a line with errors (e.g. `inspect --help` without its argument): stdout, exit 0.
        if (parse.Errors.Count > 0 && parse.Action is null or ParseErrorAction)
        {
            error.WriteLine(Describe(parse));
            return CommandRunner.BadInput;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout ?? Console.Out, Error = error });
    }

    /// <summary>Every parse error of the line, as one line of text.</summary>
    internal static string Describe(ParseResult parse)
    {
        var messages = parse.Errors.Select(e => Tidy(e.Message)).Distinct().ToList();
        var command = parse.CommandResult.Command;
        var known = command.Subcommands.Select(c => c.Name).Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
        var guess = parse.UnmatchedTokens.Select(t => NearestName.Suggest(t, known)).FirstOrDefault(s => s is not null);
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is CommandResult { Command: not RootCommand } c; r = r.Parent) names.Insert(0, c.Command.Name);
        var help = string.Join(' ', ["moelab", .. names, "--help"]);
        return PrintableText.Escape($"moelab: {string.Join("; ", messages)}{(guess is null ? "" : $"; did you mean '{guess}'?")} (options and examples: {help})");
    }

    // System.CommandLine names .NET types ("System.Nullable`1[System.Int32]") and may break its message over lines.
    private static string Tidy(string message) =>
        WhitespaceRun().Replace(ExpectedType().Replace(message, m => m.Groups[1].Value.Contains("Int", StringComparison.Ordinal) ? "as a whole number" : "as a number"), " ").Trim().TrimEnd('.');

    [GeneratedRegex(@"as expected type '([^']*)'")]
    private static partial Regex ExpectedType();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
