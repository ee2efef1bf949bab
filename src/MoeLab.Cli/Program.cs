using System.CommandLine;
using MoeLab.Cli.Commands;
using MoeLab.Cli.Infrastructure;

namespace MoeLab.Cli;

public static class Program
{
    public static int Main(string[] args) => CliInvoker.Invoke(BuildRoot(), args);

    /// <summary>The whole command tree; each command lives in its own file under Commands/.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("MoeLab — account for, plan, and simulate Mixture-of-Experts language models. " + CommandRunner.ExitCodes);
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        root.Options.Add(ProgressDisplay.QuietOption);
        HelpExamples.Add(root,
            "moelab inspect mixtral-8x7b                 # parameters, FLOPs and memory of a built-in preset",
            "moelab inspect path/to/config.json --json   # a Hugging Face config, machine-readable",
            "moelab inspect mixtral-8x7b --html r.html   # also write a self-contained HTML report");
        HelpExamples.Install(root);
        VersionDisplay.Install(root);
        // Bare `moelab` shows the help rather than nothing.
        root.SetAction(parse => root.Parse(["--help"]).Invoke(parse.InvocationConfiguration));
        return root;
    }
}
