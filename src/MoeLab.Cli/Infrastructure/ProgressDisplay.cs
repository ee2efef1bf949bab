using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace MoeLab.Cli.Infrastructure;

/// <summary>How long work shows on stderr that it is alive.</summary>
public enum ProgressStyle
{
    /// <summary>A live Spectre progress bar: stderr is an interactive terminal.</summary>
    Bar,

    /// <summary>A plain line now and then (at most one per <see cref="ProgressDisplay.LineInterval"/>): stderr is a pipe or a file, so a log still says the work is moving.</summary>
    Lines,

    /// <summary>Nothing: `--quiet`. Warnings and errors still print.</summary>
    None,
}

/// <summary>
/// Runs long work (training, a ladder, a sweep, a simulation, a fit) showing its progress on stderr: a bar on a terminal,
/// an occasional plain line when stderr is redirected (a 75-second run in a pipe is not silent, and a log is not
/// flooded with redraws), nothing with `--quiet`. Libraries report through the BCL <see cref="IProgress{T}"/> of the
/// fraction done (0…1) and never see Spectre.
/// </summary>
public sealed class ProgressDisplay
{
    /// <summary>The shared `--quiet` option, recursive so every command takes it.</summary>
    public static readonly Option<bool> QuietOption = new("--quiet", "-q")
    {
        Description = "Show no progress on stderr (warnings and errors still print).",
        Recursive = true,
    };

    /// <summary>Seconds between plain progress lines when stderr is not a terminal (MOELAB_PROGRESS_SECONDS overrides; default 10).</summary>
    public static TimeSpan LineInterval =>
        double.TryParse(Environment.GetEnvironmentVariable("MOELAB_PROGRESS_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
            ? TimeSpan.FromSeconds(s)
            : TimeSpan.FromSeconds(10);

    private readonly string prefix;
    private readonly TextWriter log;
    private readonly IAnsiConsole? console;
    private readonly TimeSpan interval;
    private readonly Func<TimeSpan> clock;

    public ProgressDisplay(ProgressStyle style, string prefix, TextWriter log, IAnsiConsole? console = null, TimeSpan? interval = null, Func<TimeSpan>? clock = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (style == ProgressStyle.Bar && console is null) throw new ArgumentException("a bar needs a console", nameof(console));
        Style = style;
        this.prefix = prefix;
        this.log = log;
        this.console = console;
        this.interval = interval ?? LineInterval;
        if (clock is null)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }
        this.clock = clock;
    }

    public ProgressStyle Style { get; }

    /// <summary>Whether a command should write its own milestone lines (a run finished, a checkpoint saved): only when no bar is drawn and not `--quiet`.</summary>
    public bool LogsMilestones => Style == ProgressStyle.Lines;

    /// <summary>The display this invocation asks for: `--quiet` → none; stderr a terminal (and TERM not dumb) → a bar; otherwise plain lines on the invocation's error writer.</summary>
    public static ProgressDisplay For(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var stderr = parse.InvocationConfiguration.Error;
        var prefix = "moelab " + CommandPath(parse.CommandResult.Command);
        if (parse.GetValue(QuietOption)) return new ProgressDisplay(ProgressStyle.None, prefix, stderr);
        if (!Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb")
            return new ProgressDisplay(ProgressStyle.Bar, prefix, stderr, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
        return new ProgressDisplay(ProgressStyle.Lines, prefix, stderr);
    }

    /// <summary>Runs <paramref name="work"/>, which reports the fraction done.</summary>
    public T Run<T>(string description, Func<IProgress<double>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunStages(stages => work(new Single(stages, description)));
    }

    public void Run(string description, Action<IProgress<double>> work) =>
        Run<object?>(description, p => { work(p); return null; });

    /// <summary>Runs <paramref name="work"/>, which reports named stages (one bar each on a terminal).</summary>
    public T RunStages<T>(Func<IProgress<ProgressStage>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        switch (Style)
        {
            case ProgressStyle.None:
                return work(new Ignore());
            case ProgressStyle.Lines:
                return work(new Lines(this));
            default:
                return console!.Progress()
                    .AutoClear(true) // the bar is scaffolding: once done, only the report remains on screen
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .Start(context =>
                    {
                        var bars = new Bars(context);
                        var result = work(bars);
                        bars.Complete();
                        return result;
                    });
        }
    }

    private static string CommandPath(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent and not RootCommand ? CommandPath(parent) + " " + command.Name : command.Name;

    private static string Duration(TimeSpan t) => t.TotalSeconds < 90
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0} s")
        : t.TotalMinutes < 90 ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0.#} min") : string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0.#} h");

    private sealed class Single(IProgress<ProgressStage> stages, string description) : IProgress<double>
    {
        public void Report(double value) => stages.Report(new ProgressStage(description, value));
    }

    private sealed class Ignore : IProgress<ProgressStage>
    {
        public void Report(ProgressStage value) { }
    }

    /// <summary>One line per interval at most, from whichever thread reports; the estimate of what is left assumes the current stage's pace holds.</summary>
    private sealed class Lines(ProgressDisplay display) : IProgress<ProgressStage>
    {
        private readonly object gate = new();
        private TimeSpan lastLine = TimeSpan.Zero;
        private string? stage;
        private TimeSpan stageStart;

        public void Report(ProgressStage value)
        {
            if (double.IsNaN(value.Fraction)) return;
            var fraction = Math.Clamp(value.Fraction, 0.0, 1.0);
            lock (gate)
            {
                var now = display.clock();
                if (value.Name != stage) (stage, stageStart) = (value.Name, now);
                if (now - lastLine < display.interval) return;
                lastLine = now;
                var inStage = now - stageStart;
                var left = fraction > 0 && fraction < 1 ? $", about {Duration(inStage / fraction - inStage)} left" : "";
                display.log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{display.prefix}: {value.Name} {100 * fraction:0}% ({Duration(now)} elapsed{left})"));
            }
        }
    }

    /// <summary>A bar per stage; Spectre's tasks are thread-safe, the dictionary of them is guarded.</summary>
    private sealed class Bars(ProgressContext context) : IProgress<ProgressStage>
    {
        private readonly Dictionary<string, ProgressTask> tasks = [];

        public void Report(ProgressStage value)
        {
            if (double.IsNaN(value.Fraction)) return;
            lock (tasks)
            {
                if (!tasks.TryGetValue(value.Name, out var task)) tasks[value.Name] = task = context.AddTask(Markup.Escape(value.Name), maxValue: 1.0);
                task.Value = Math.Clamp(value.Fraction, 0.0, 1.0);
            }
        }

        public void Complete()
        {
            lock (tasks) foreach (var task in tasks.Values) task.Value = 1.0;
        }
    }
}

/// <summary>A named stage of long work and the fraction of it done (0…1).</summary>
public readonly record struct ProgressStage(string Name, double Fraction);
