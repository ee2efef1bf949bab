using System.Diagnostics;

namespace MoeLab.Cli.Tests;

/// <summary>
/// Runs the real moelab executable (built beside the tests) in a child process, so exit codes and the
/// stdout/stderr split are tested exactly as a user sees them, without touching this process's Console.
/// </summary>
internal static class InspectCliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts moelab with stdout and stderr redirected, for a test that talks to it while it runs.</summary>
    public static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "moelab.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("MOELAB_DEBUG");
        return Process.Start(start)!;
    }
}
