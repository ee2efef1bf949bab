using System.Diagnostics;

namespace MoeLab.Testing;

/// <summary>
/// FIFOs, file types and read-only directories for the output-path tests, made and read with coreutils and e2fsprogs so
/// the tests do not check MoeLab's file-type code with itself.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class SpecialFiles
{
    /// <summary>The type of <paramref name="path"/> itself (a link is not followed) as <c>stat -c %F</c> names it: "regular file", "fifo", "character special file", "symbolic link"…</summary>
    public static string TypeOf(string path) => Run("stat", "-c", "%F", "--", path).Output.Trim();

    public static void MakeFifo(string path)
    {
        var (exit, output) = Run("mkfifo", "--", path);
        if (exit != 0) throw new InvalidOperationException($"mkfifo failed: {output}");
    }

    /// <summary>
    /// Makes <paramref name="directory"/> refuse new files, for root too: immutable (<c>chattr +i</c>) when this process is
    /// privileged (permission bits do not stop root), mode 555 otherwise. Disposing undoes it. Null when neither holds on
    /// this file system (a test then says so and relies on /proc, which refuses new files everywhere).
    /// </summary>
    public static IDisposable? MakeReadOnly(string directory)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
            return new Undo(() => File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        }
        if (Run("chattr", "+i", "--", directory).Exit != 0) return null;
        var undo = new Undo(() => Run("chattr", "-i", "--", directory));
        var probe = Path.Combine(directory, "probe");
        try
        {
            File.WriteAllText(probe, "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return undo; // refused, as wanted
        }
        undo.Dispose();
        File.Delete(probe);
        return null;
    }

    /// <summary>Makes <paramref name="file"/> immutable (<c>chattr +i</c>): not writable, renamable or deletable, even by root. Null where chattr does not work.</summary>
    public static IDisposable? MakeImmutable(string file) =>
        Run("chattr", "+i", "--", file).Exit == 0 ? new Undo(() => Run("chattr", "-i", "--", file)) : null;

    private static (int Exit, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        private Action? _undo = undo;

        public void Dispose()
        {
            _undo?.Invoke();
            _undo = null;
        }
    }
}
