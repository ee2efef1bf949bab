using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Validation;
using MoeLab.Reports.Model;

namespace MoeLab.Cli.Tests;

public partial class InfrastructureTests
{
    [Fact]
    public void Run_Success_ReturnsTheBodysCodeAndPrintsNothing()
    {
        var stderr = new StringWriter();
        Assert.Equal(CommandRunner.Ok, CommandRunner.Run(() => 0, stderr));
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void Run_InvalidInput_Exits2WithTheMessageOnceAndNoStackTrace()
    {
        var stderr = new StringWriter();

        var exit = CommandRunner.Run(() => throw new InvalidInputException("must be positive", "cfg.json", "num_experts"), stderr);

        Assert.Equal(CommandRunner.BadInput, exit);
        var text = stderr.ToString();
        Assert.Equal("moelab: cfg.json, field 'num_experts': must be positive" + Environment.NewLine, text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public void Run_UnexpectedException_Exits1AndSaysItIsABug()
    {
        var stderr = new StringWriter();

        var exit = CommandRunner.Run(() => throw new InvalidOperationException("boom"), stderr);

        Assert.Equal(CommandRunner.InternalError, exit);
        Assert.Contains("internal error: InvalidOperationException: boom", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
    }

    [Fact]
    public void RunReport_Success_PrintsTheReportAndExits0()
    {
        var (exit, stdout, stderr) = Invoke(DemoRoot(() => DemoReport()), "demo");

        Assert.Equal(0, exit);
        Assert.Contains("Demo table", stdout);
        Assert.Contains("12.5", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void RunReport_JsonFlag_PrintsParseableJson()
    {
        var (exit, stdout, _) = Invoke(DemoRoot(() => DemoReport()), "demo", "--json");

        Assert.Equal(0, exit);
        var root = System.Text.Json.Nodes.JsonNode.Parse(stdout)!;
        Assert.Equal(12.5, (double)root["blocks"]![0]!["rows"]![0]![0]!);
    }

    [Fact]
    public void RunReport_BuilderRejectsInput_Exits2WithOneLineAndNoStdout()
    {
        var (exit, stdout, stderr) = Invoke(DemoRoot(() => throw new InvalidInputException("unsupported model_type 'foo'", "x/config.json", "model_type")), "demo");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal(["moelab: x/config.json, field 'model_type': unsupported model_type 'foo'"], Lines(stderr));
    }

    [Fact]
    public void RunReport_HtmlOption_WritesTheFileAndSaysSoOnStderr()
    {
        var dir = Directory.CreateTempSubdirectory("moelab-cli-").FullName;
        try
        {
            var path = Path.Combine(dir, "r.html");
            var (exit, _, stderr) = Invoke(DemoRoot(() => DemoReport()), "demo", "--html", path);

            Assert.Equal(0, exit);
            Assert.StartsWith("<!doctype html>", File.ReadAllText(path));
            Assert.Contains($"wrote HTML report to {path}", stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void RunReport_HtmlIntoAMissingParentThatIsAFile_Exits2NamingTheOption()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (exit, _, stderr) = Invoke(DemoRoot(() => DemoReport()), "demo", "--html", Path.Combine(file, "r.html"));

            Assert.Equal(2, exit);
            Assert.Contains("option '--html'", stderr);
            Assert.Single(Lines(stderr));
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static Report DemoReport() => new(
        "Demo",
        new ReportContext("moelab demo", []),
        [new Table("Demo table", [new Column("Value", "s", "A duration.", Numeric: true)], [[new Cell("12.5", 12.5)]])],
        [],
        null);

    internal static RootCommand DemoRoot(Func<Report> build)
    {
        var demo = new Command("demo", "A command for tests.");
        OutputOptionSet.AddTo(demo);
        demo.SetAction(parse => CommandRunner.RunReport(parse, build));
        var root = new RootCommand("test root");
        root.Subcommands.Add(demo);
        return root;
    }

    internal static (int Exit, string Stdout, string Stderr) Invoke(RootCommand root, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliInvoker.Invoke(root, args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
