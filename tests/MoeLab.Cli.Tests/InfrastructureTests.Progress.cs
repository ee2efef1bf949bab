using MoeLab.Cli.Infrastructure;
using Spectre.Console;

namespace MoeLab.Cli.Tests;

public partial class InfrastructureTests
{
    [Fact]
    public void ProgressDisplay_WithoutATerminal_RunsTheWorkQuietly()
    {
        var reports = 0;
        var result = ProgressDisplay.Run("quiet work", progress =>
        {
            for (var i = 0; i <= 10; i++) { progress.Report(i / 10.0); reports++; }
            progress.Report(double.NaN);
            return 42;
        }, console: null);

        Assert.Equal(42, result);
        Assert.Equal(11, reports);
    }

    [Fact]
    public void ProgressDisplay_OnATerminal_DrawsTheTaskAndReturnsTheResult()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(writer) });

        var result = ProgressDisplay.Run("simulating [lru]", progress =>
        {
            progress.Report(0.5);
            progress.Report(2.0); // out of range is clamped, not an error
            return "done";
        }, console);

        Assert.Equal("done", result);
        Assert.Contains("simulating [lru]", writer.ToString());
    }

    [Fact]
    public void ProgressDisplay_WorkThrows_ExceptionReachesTheCaller()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(writer) });

        Assert.Throws<InvalidOperationException>(() =>
            ProgressDisplay.Run<int>("failing", _ => throw new InvalidOperationException("x"), console));
    }
}
