using System.CommandLine;
using System.Text.Json.Nodes;
using MoeLab.Reports.Model;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// The parsed command line attached to a report, so <c>--json</c> echoes its inputs as typed values (docs/json.md) and
/// every rendering shows the command as the shell would run it again (quoted where a word needs it).
/// </summary>
public static class InvocationEcho
{
    private static readonly System.Reflection.MethodInfo GetOptionValue = typeof(ParseResult).GetMethods()
        .Single(m => m is { Name: nameof(ParseResult.GetValue), IsGenericMethodDefinition: true } && m.GetParameters()[0].ParameterType.IsGenericType
                     && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(Option<>));

    private static readonly System.Reflection.MethodInfo GetArgumentValue = typeof(ParseResult).GetMethods()
        .Single(m => m is { Name: nameof(ParseResult.GetValue), IsGenericMethodDefinition: true } && m.GetParameters()[0].ParameterType.IsGenericType
                     && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(Argument<>));

    public static Report Attach(ParseResult parse, Report report)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(report);
        var command = parse.CommandResult.Command;
        var arguments = new JsonObject();
        var inputs = new List<InputFile>();
        foreach (var argument in command.Arguments)
            Add(argument.Name, GetArgumentValue.MakeGenericMethod(argument.ValueType).Invoke(parse, [argument]), argument is OutputFileArgument);
        foreach (var option in command.Options.Where(o => o.ValueType != typeof(void) && !o.Name.StartsWith("-h", StringComparison.Ordinal) && o.Name != "--help"))
            Add(option.Name, GetOptionValue.MakeGenericMethod(option.ValueType).Invoke(parse, [option]), option is OutputFileOption or OutputDirectoryOption);

        var commandLine = ShellQuoting.CommandLine(parse.Tokens.Select(t => t.Value));
        return report with
        {
            Context = report.Context with { Command = commandLine },
            Invocation = new ReportInvocation(CommandPath(parse), arguments, inputs),
        };

        void Add(string name, object? value, bool isOutput)
        {
            var key = SnakeName(name);
            arguments[key] = Typed(value);
            if (isOutput) return;
            // A value naming existing files (or a comma-separated list of them) is an input the command read.
            foreach (var text in value switch { string s => s.Split(','), string[] many => many, _ => [] })
                if (text.Length > 0 && text != "-" && (File.Exists(text) || Directory.Exists(text))) inputs.Add(new InputFile(key, text));
        }
    }

    /// <summary>"--cache-experts" → "cache_experts": options echoed under the envelope's snake_case names.</summary>
    internal static string SnakeName(string name) => name.TrimStart('-').Replace('-', '_');

    private static JsonNode? Typed(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        int i => i,
        long l => l,
        double d when double.IsFinite(d) => d,
        double => null,
        string[] many => new JsonArray([.. many.Select(s => (JsonNode)s)]),
        Enum e => ChoiceParser.NameOf(e),
        _ => value.ToString(),
    };

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
            names.Insert(0, result.Command.Name);
        return string.Join(' ', names);
    }
}
