using System.CommandLine;

namespace MoeLab.Cli.Tests;

/// <summary>
/// Runs commands in this process through the CLI's own invoker, with the console captured (tests using it share the
/// "Console" collection, since Console is process-wide): exit code, stdout, stderr.
/// </summary>
internal static class InProcessCli
{
    public static (int Exit, string Out, string Err) Run(RootCommand root, params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (Infrastructure.CliInvoker.Invoke(root, args, stdout, stderr), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}
