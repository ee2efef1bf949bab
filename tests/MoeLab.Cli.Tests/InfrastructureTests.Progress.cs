using MoeLab.Cli.Infrastructure;
using Spectre.Console;

namespace MoeLab.Cli.Tests;

public partial class InfrastructureTests
{
    [Fact]
    public void ProgressDisplay_Quiet_RunsTheWorkAndWritesNothing()
    {
        var log = new StringWriter();
        var reports = 0;
        var result = new ProgressDisplay(ProgressStyle.None, "moelab test", log).Run("quiet work", progress =>
        {
            for (var i = 0; i <= 10; i++) { progress.Report(i / 10.0); reports++; }
            progress.Report(double.NaN);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal(11, reports);
        Assert.Equal("", log.ToString());
    }

    [Fact]
    public void ProgressDisplay_Lines_AtMostOneLinePerInterval_WithPercentElapsedAndEstimate()
    {
        var log = new StringWriter();
        var now = TimeSpan.Zero;
        var display = new ProgressDisplay(ProgressStyle.Lines, "moelab train", log, interval: TimeSpan.FromSeconds(10), clock: () => now);

        display.Run("training", progress =>
        {
            // One report a second for 40 s, reaching 40/50 = 80%: lines at 10, 20, 30 and 40 s only.
            for (var s = 0; s <= 40; s++)
            {
                now = TimeSpan.FromSeconds(s);
                progress.Report(s / 50.0);
            }
        });

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("moelab train: training 20% (10 s elapsed, about 40 s left)", lines[0].TrimEnd());
        Assert.Equal("moelab train: training 80% (40 s elapsed, about 10 s left)", lines[3].TrimEnd());
        Assert.True(display.LogsMilestones, "a display without a bar lets commands log their milestones");
    }

    [Fact]
    public void ProgressDisplay_Lines_QuickWorkPrintsNothing()
    {
        var log = new StringWriter();
        var now = TimeSpan.Zero;
        var display = new ProgressDisplay(ProgressStyle.Lines, "moelab fit", log, interval: TimeSpan.FromSeconds(10), clock: () => now);

        var result = display.RunStages(stages =>
        {
            for (var i = 0; i <= 100; i++) { now = TimeSpan.FromMilliseconds(90 * i); stages.Report(new ProgressStage(i < 50 ? "fit" : "bootstrap", i / 100.0)); }
            return 7;
        });

        Assert.Equal(7, result);
        Assert.Equal("", log.ToString());
    }

    [Fact]
    public void ProgressDisplay_Lines_EstimateUsesTheCurrentStagesPace()
    {
        var log = new StringWriter();
        var now = TimeSpan.Zero;
        var display = new ProgressDisplay(ProgressStyle.Lines, "moelab fit", log, interval: TimeSpan.FromSeconds(10), clock: () => now);

        display.RunStages(stages =>
        {
            now = TimeSpan.FromSeconds(1); stages.Report(new ProgressStage("fit", 0.5));
            now = TimeSpan.FromSeconds(2); stages.Report(new ProgressStage("bootstrap", 0.0));
            now = TimeSpan.FromSeconds(12); stages.Report(new ProgressStage("bootstrap", 0.25)); // 10 s for a quarter: 30 s left
            return 0;
        });

        Assert.Equal("moelab fit: bootstrap 25% (12 s elapsed, about 30 s left)", log.ToString().TrimEnd());
    }

    [Fact]
    public void ProgressDisplay_OnATerminal_DrawsTheTaskAndReturnsTheResult()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(writer) });

        var display = new ProgressDisplay(ProgressStyle.Bar, "moelab simulate", new StringWriter(), console);
        var result = display.Run("simulating [lru]", progress =>
        {
            progress.Report(0.5);
            progress.Report(2.0); // out of range is clamped, not an error
            return "done";
        });

        Assert.Equal("done", result);
        Assert.Contains("simulating [lru]", writer.ToString());
        Assert.False(display.LogsMilestones, "with a bar on screen, commands do not also log milestone lines");
    }

    [Fact]
    public void ProgressDisplay_WorkThrows_ExceptionReachesTheCaller()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(writer) });

        Assert.Throws<InvalidOperationException>(() =>
            new ProgressDisplay(ProgressStyle.Bar, "moelab test", new StringWriter(), console).Run<int>("failing", _ => throw new InvalidOperationException("x")));
    }
}
