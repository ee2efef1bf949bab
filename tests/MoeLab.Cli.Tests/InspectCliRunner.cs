using System.Diagnostics;

namespace MoeLab.Cli.Tests;

/// <summary>
/// Runs the real moelab executable (built beside the tests) in a child process, so exit codes and the
/// stdout/stderr split are tested exactly as a user sees them, without touching this process's Console.
/// </summary>
internal static class InspectCliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs moelab with <paramref name="environment"/> set on top of this process's (a null value removes the variable).</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string?>? environment, params string[] args) => RunIn(null, environment, args);

    /// <summary><see cref="RunWith"/> with the child's working directory set (null: this process's).</summary>
    public static Result RunIn(string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Start(environment, args, workingDirectory);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts moelab with stdout and stderr redirected, for a test that talks to it while it runs.</summary>
    public static Process Start(params string[] args) => Start(null, args);

    private static Process Start(IReadOnlyDictionary<string, string?>? environment, string[] args, string? workingDirectory = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "moelab.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("MOELAB_DEBUG");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        return Process.Start(start)!;
    }
}
