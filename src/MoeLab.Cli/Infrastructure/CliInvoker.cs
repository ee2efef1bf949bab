using System.CommandLine;
using System.CommandLine.Invocation;

namespace MoeLab.Cli.Infrastructure;

/// <summary>Parses and runs a command line under MoeLab's exit-code contract.</summary>
public static class CliInvoker
{
    /// <summary>
    /// Runs <paramref name="args"/> against <paramref name="root"/>. System.CommandLine answers a parse error
    /// (unknown option or command, missing or malformed value) with its message, typo suggestions and exit 1;
    /// for MoeLab a bad flag is bad input, so any parse error exits <see cref="CommandRunner.BadInput"/> (2).
    /// </summary>
    public static int Invoke(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
        };
        // A typo deserves the error and a "did you mean", not two screens of help on stdout.
        if (parse.Action is ParseErrorAction onError) onError.ShowHelp = false;
        var exit = parse.Invoke(configuration);
        if (parse.Errors.Count == 0) return exit;
        configuration.Error.WriteLine("moelab: run the command with --help for its options and examples.");
        return CommandRunner.BadInput;
    }
}
