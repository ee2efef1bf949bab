using System.CommandLine;
using MoeLab.Cli.Commands;

namespace MoeLab.Cli;

public static class Program
{
    public static int Main(string[] args) => BuildRoot().Parse(args).Invoke();

    /// <summary>The whole command tree; each command lives in its own file under Commands/.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("MoeLab — account for, plan, and simulate Mixture-of-Experts language models.");
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        return root;
    }
}
