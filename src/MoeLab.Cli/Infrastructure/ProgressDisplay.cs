using Spectre.Console;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// Runs long work (a sweep, a simulation, a training run) with a progress bar on stderr when stderr is a
/// terminal, and silently when it is redirected, so logs and pipes stay clean. Libraries report through the
/// BCL <see cref="IProgress{T}"/> of the fraction done (0…1) and never see Spectre.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, drawing a bar only if stderr is an interactive terminal.</summary>
    public static T Run<T>(string description, Func<IProgress<double>, T> work) =>
        Run(description, work, InteractiveStderr());

    public static void Run(string description, Action<IProgress<double>> work) =>
        Run<object?>(description, p => { work(p); return null; }, InteractiveStderr());

    /// <summary>Runs <paramref name="work"/> drawing on <paramref name="console"/>, or quietly when it is null.</summary>
    public static T Run<T>(string description, Func<IProgress<double>, T> work, IAnsiConsole? console)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (console is null) return work(Quiet.Instance);

        return console.Progress()
            .AutoClear(true) // the bar is scaffolding: once done, only the report remains on screen
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1.0);
                var result = work(new TaskReporter(task));
                task.Value = 1.0;
                return result;
            });
    }

    /// <summary>Whether <see cref="Run{T}(string, Func{IProgress{double}, T})"/> draws a bar; when not, long work may log lines to stderr instead.</summary>
    public static bool DrawsBar => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    private static IAnsiConsole? InteractiveStderr()
    {
        if (!DrawsBar) return null;
        return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    }

    /// <summary>Progress reports go straight to the task (Spectre's task is thread-safe), not via a SynchronizationContext as with <see cref="Progress{T}"/>.</summary>
    private sealed class TaskReporter(ProgressTask task) : IProgress<double>
    {
        public void Report(double value)
        {
            if (double.IsNaN(value)) return;
            task.Value = Math.Clamp(value, 0.0, 1.0);
        }
    }

    private sealed class Quiet : IProgress<double>
    {
        public static readonly Quiet Instance = new();
        public void Report(double value) { }
    }
}
