using System.Diagnostics;

namespace MoeLab.Cli.Tests;

/// <summary>
/// The bash script `moelab completion bash` prints, run in a real bash against the real binary: the completion
/// function is called as bash would call it at the end of a partly typed line, and COMPREPLY must hold what the
/// command definitions allow there.
/// </summary>
public sealed class CompletionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-completion-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("moelab pl", "plan")]
    [InlineData("moelab plan --comp", "--compute")]
    [InlineData("moelab ladder --design seed001-s", "seed001-small")]
    [InlineData("moelab weights s", "synth")]
    [InlineData("./moelab inspect --j", "--json")]
    public void Bash_CompletesCommandsOptionsAndChoices(string typed, string expected)
    {
        if (!OperatingSystem.IsLinux()) return; // bash and the wrapper script are POSIX
        var script = InspectCliRunner.Run("completion", "bash");
        Assert.True(script.ExitCode == 0, script.Stderr);
        var completion = Path.Combine(_dir, "moelab.bash");
        File.WriteAllText(completion, script.Stdout);
        // What the user runs: a `moelab` on the command line (here a wrapper around the built CLI), by name or by path.
        var wrapper = Path.Combine(_dir, "moelab");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "moelab.dll")}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var words = typed.Split(' ');
        var first = words[0] == "moelab" ? wrapper : words[0];
        var line = string.Join(' ', words.Skip(1).Prepend(first));
        var bash = $"""
            source '{completion}'
            COMP_WORDS=({string.Join(' ', words.Skip(1).Prepend(first).Select(w => $"'{w}'"))})
            COMP_CWORD={words.Length - 1}
            COMP_LINE='{line}'
            COMP_POINT={line.Length}
            _moelab_complete
            printf '%s\n' "${"{"}COMPREPLY[@]{"}"}"
            """;
        var start = new ProcessStartInfo("bash", ["-c", bash]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        Assert.Contains(expected, output.Split('\n'));
    }

    [Fact]
    public void Zsh_ScriptIsPrinted_AndAnUnknownShellIsRefused()
    {
        var zsh = InspectCliRunner.Run("completion", "zsh");
        Assert.Equal(0, zsh.ExitCode);
        Assert.StartsWith("#compdef moelab", zsh.Stdout);
        Assert.Contains("[suggest:", zsh.Stdout);
        var fish = InspectCliRunner.Run("completion", "fish");
        Assert.Equal(2, fish.ExitCode);
        Assert.Contains("fish", fish.Stderr);
    }
}
