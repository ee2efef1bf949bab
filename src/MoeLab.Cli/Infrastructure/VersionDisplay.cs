using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// <c>--version</c> prints MoeLab's own version (with the commit it was built from, when known). The stock
/// option reads the entry assembly, which is not MoeLab when the CLI is hosted (tests, tools).
/// </summary>
public static class VersionDisplay
{
    /// <summary>The informational version of the CLI assembly, e.g. <c>1.0.0+ca3cf27…</c>.</summary>
    public static string Version { get; } =
        typeof(VersionDisplay).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionDisplay).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<VersionOption>().FirstOrDefault()
            ?? throw new InvalidOperationException("The root command has no --version option.");
        option.Action = new Print();
    }

    private sealed class Print : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return CommandRunner.Ok;
        }
    }
}
