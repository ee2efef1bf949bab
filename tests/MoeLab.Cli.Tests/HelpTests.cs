using System.CommandLine;

namespace MoeLab.Cli.Tests;

/// <summary>
/// <c>--help</c> is an answer, not an error: for every command and subcommand — including those whose required
/// argument or option is missing from the line — it prints usage on stdout, nothing on stderr, and exits 0.
/// </summary>
[Collection("Console")]
public sealed class HelpTests
{
    public static TheoryData<string> CommandPaths()
    {
        var paths = new TheoryData<string>();
        void Visit(Command command, string prefix)
        {
            foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
            {
                var path = prefix.Length == 0 ? sub.Name : $"{prefix} {sub.Name}";
                paths.Add(path);
                Visit(sub, path);
            }
        }
        Visit(Program.BuildRoot(), "");
        return paths;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_PrintsUsageOnStdout_NothingOnStderr_ExitsZero(string commandPath)
    {
        var (exit, stdout, stderr) = InProcessCli.Run(Program.BuildRoot(), [.. commandPath.Split(' '), "--help"]);

        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.Contains("Usage:", stdout);
        Assert.Contains(commandPath.Split(' ')[^1], stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void EveryTopLevelCommandIsCovered() =>
        Assert.True(CommandPaths().Count >= 15, "the command tree was not enumerated");
}
