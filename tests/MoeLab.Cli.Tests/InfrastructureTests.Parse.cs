using System.CommandLine;
using MoeLab.Cli.Infrastructure;

namespace MoeLab.Cli.Tests;

public partial class InfrastructureTests
{
    [Fact]
    public void Invoke_UnknownOption_Exits2WithoutDumpingHelp()
    {
        var (exit, stdout, stderr) = Invoke(DemoRoot(DemoReport), "demo", "--no-such-flag");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("--no-such-flag", stderr);
        Assert.DoesNotContain("Usage:", stdout + stderr);
    }

    [Fact]
    public void Invoke_MistypedCommand_Exits2AndSuggestsTheCommand()
    {
        var root = DemoRoot(DemoReport);
        root.Subcommands.Add(new Command("inspect", "Inspect a model."));

        var (exit, stdout, stderr) = Invoke(root, "inspct");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("did you mean 'inspect'?", line);
    }

    [Fact]
    public void Invoke_MissingOptionValue_Exits2()
    {
        var (exit, _, stderr) = Invoke(DemoRoot(DemoReport), "demo", "--html");
        Assert.Equal(2, exit);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public void Program_Version_PrintsTheToolVersionAndExits0()
    {
        var (exit, stdout, _) = Invoke(Program.BuildRoot(), "--version");

        Assert.Equal(0, exit);
        var expected = typeof(Program).Assembly.GetName().Version!.ToString(3);
        Assert.StartsWith(expected, stdout.Trim());
    }

    [Fact]
    public void Program_Help_EndsWithExamples()
    {
        var (exit, stdout, _) = Invoke(Program.BuildRoot(), "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", stdout);
        var examples = stdout[stdout.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains("moelab inspect mixtral-8x7b", examples);
    }

    [Fact]
    public void Program_NoArguments_ShowsHelp()
    {
        var (exit, stdout, _) = Invoke(Program.BuildRoot());
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", stdout);
    }

    [Fact]
    public void HelpExamples_OnASubcommand_ShowOnlyInThatCommandsHelp()
    {
        var root = DemoRoot(DemoReport);
        var demo = root.Subcommands.Single();
        HelpExamples.Add(demo, "moelab demo --json");
        HelpExamples.Install(root);

        var (_, demoHelp, _) = Invoke(root, "demo", "--help");
        var (_, rootHelp, _) = Invoke(root, "--help");

        Assert.Contains("Examples:\n  moelab demo --json", demoHelp.Replace("\r\n", "\n"));
        Assert.DoesNotContain("Examples:", rootHelp);
    }
}
