using System.CommandLine;

namespace MoeLab.Cli.Tests;

/// <summary>`--quiet` and progress on stderr: every command takes the option; a pipe gets plain lines, `--quiet` none.</summary>
public sealed class QuietOptionTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        foreach (var path in Leaves(Program.BuildRoot(), "")) data.Add(path);
        return data;
    }

    private static IEnumerable<string> Leaves(Command command, string prefix)
    {
        if (command.Subcommands.Count == 0) { yield return prefix.Trim(); yield break; }
        foreach (var sub in command.Subcommands)
            foreach (var leaf in Leaves(sub, prefix + " " + sub.Name)) yield return leaf;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void EveryCommand_AcceptsQuiet(string path)
    {
        // Some commands have required arguments this leaves out; only an error about the option itself matters here.
        var parse = Program.BuildRoot().Parse([.. path.Split(' '), "--quiet"]);
        Assert.DoesNotContain(parse.Errors, e => e.Message.Contains("--quiet", StringComparison.Ordinal));
        Assert.True(parse.GetValue(Infrastructure.ProgressDisplay.QuietOption));
    }

    [Fact]
    public void Simulate_InAPipe_PrintsProgressLines_AndNoneWithQuiet()
    {
        var everyReport = new Dictionary<string, string?> { ["MOELAB_PROGRESS_SECONDS"] = "0" };
        string[] args = ["simulate", "--policy", "lru,lfu", "--cache-experts", "2,4", "--json"];

        var loud = InspectCliRunner.RunWith(everyReport, args);
        Assert.True(loud.ExitCode == 0, loud.Stderr);
        var lines = loud.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // One report per (cache size, policy) run: 25%, 50%, 75%, 100%.
        Assert.Equal(["25%", "50%", "75%", "100%"], lines.Where(l => l.StartsWith("moelab simulate: simulating ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[3]).ToArray());

        var quiet = InspectCliRunner.RunWith(everyReport, [.. args, "-q"]);
        Assert.True(quiet.ExitCode == 0, quiet.Stderr);
        Assert.Equal("", quiet.Stderr);
        Assert.Equal(loud.Stdout.Length > 0, quiet.Stdout.Length > 0);
    }
}
