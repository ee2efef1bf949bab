using System.CommandLine;
using MoeLab.Core.Validation;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// Runs a command body with MoeLab's exit-code contract: 0 on success, 2 on bad input (one message naming
/// the file and field or row, no stack trace), 1 on an internal error, 130 when Ctrl-C (SIGINT) or SIGTERM stopped
/// long work (`train`, `ladder`) after it kept what it had done and said in one line how to continue (130 = 128 + 2,
/// the shell's code for a SIGINT). Set MOELAB_DEBUG=1 for stack traces. Parse errors (unknown option, bad value)
/// are bad input too: see <see cref="CliInvoker"/>.
/// </summary>
public static class CommandRunner
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;

    /// <summary>The contract as the root help prints it.</summary>
    public const string ExitCodes = "Exit codes: 0 ok, 1 internal error (a bug), 2 bad input (one line naming the file and field), 130 interrupted by Ctrl-C or SIGTERM (the work so far is kept; one line says how to continue).";

    public static int Run(Func<int> body, TextWriter? stderr = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        stderr ??= Console.Error;
        try
        {
            return body();
        }
        catch (InvalidInputException e)
        {
            stderr.WriteLine($"moelab: {e.Message}");
            return BadInput;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("MOELAB_DEBUG") is not "1")
        {
            stderr.WriteLine($"moelab: internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("moelab: this is a bug; rerun with MOELAB_DEBUG=1 for details and report it.");
            return InternalError;
        }
    }

    /// <summary>
    /// Checks every output path of the command (<see cref="OutputPreflight"/>), then builds a report and emits it to the
    /// destinations chosen by the common output options, writing to the invocation's output and error writers (the
    /// console, or a test's writers).
    /// </summary>
    public static int RunReport(ParseResult parse, Func<Report> build) => RunReport(parse, build, terminalView: null);

    /// <summary>
    /// <see cref="RunReport(ParseResult, Func{Report})"/> for work that Ctrl-C or SIGTERM may stop (<see cref="InterruptSignal"/>):
    /// <paramref name="build"/> gets the cancellation and, when it stopped, writes its one line to the error writer
    /// and returns null; the command then exits <see cref="Interrupted"/> with no report.
    /// </summary>
    public static int RunInterruptible(ParseResult parse, Func<CancellationToken, TextWriter, Report?> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return RunCheckedReport(parse, stderr =>
        {
            using var signal = new InterruptSignal();
            return build(signal.Token, stderr);
        }, terminalView: null);
    }

    /// <param name="terminalView">Turns the full report into the shorter one the terminal shows (null: the full report); the
    /// command adds <see cref="OutputOptionSet.Verbose"/>, which shows the full report instead.</param>
    public static int RunReport(ParseResult parse, Func<Report> build, Func<Report, Report>? terminalView)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(parse);
        var verbose = parse.GetResult(OutputOptionSet.Verbose) is { } given && given.GetValueOrDefault<bool>();
        return RunCheckedReport(parse, _ => build(), verbose ? null : terminalView);
    }

    /// <summary>Checks the outputs, builds (null: interrupted), emits; a later write failure at an output path names its option.</summary>
    private static int RunCheckedReport(ParseResult parse, Func<TextWriter, Report?> build, Func<Report, Report>? terminalView)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var stdout = parse.InvocationConfiguration.Output;
        var stderr = parse.InvocationConfiguration.Error;
        return Run(() =>
        {
            var outputs = OutputPreflight.Check(parse);
            try
            {
                if (build(stderr) is not { } built) return Interrupted;
                var report = InvocationEcho.Attach(parse, built);
                // When a file goes to standard output (-), the terminal view goes to stderr so the pipe gets only the file.
                ReportOutput.Emit(report, OutputOptionSet.Read(parse), outputs.WritesStandardOutput ? stderr : stdout, stderr, terminalView?.Invoke(report));
                return Ok;
            }
            catch (InvalidInputException e) when (outputs.Locate(e) is { } located)
            {
                throw located;
            }
            catch (InvalidInputException e)
            {
                throw OptionNames.InTermsOf(e, parse.CommandResult.Command);
            }
        }, stderr);
    }
}
