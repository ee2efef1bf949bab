using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// Worked examples printed after a command's help (System.CommandLine has no examples section of its own).
/// A command registers them in its <c>Create()</c>: <c>HelpExamples.Add(command, "moelab inspect mixtral-8x7b")</c>.
/// </summary>
public static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, List<string>> Examples = [];

    /// <summary>Adds example command lines to <paramref name="command"/>'s help; returns the command for chaining.</summary>
    public static Command Add(Command command, params string[] examples)
    {
        ArgumentNullException.ThrowIfNull(command);
        Examples.GetOrCreateValue(command).AddRange(examples);
        return command;
    }

    public static IReadOnlyList<string> For(Command command) =>
        Examples.TryGetValue(command, out var list) ? list : [];

    /// <summary>Makes the root's (recursive) --help print each command's examples after the standard help.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().FirstOrDefault()
            ?? throw new InvalidOperationException("The root command has no --help option.");
        if (help.Action is HelpAction standard) help.Action = new WithExamples(standard);
    }

    private sealed class WithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            var examples = For(parseResult.CommandResult.Command);
            if (examples.Count == 0) return exit;
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples) output.WriteLine($"  {example}");
            output.WriteLine();
            return exit;
        }
    }
}
