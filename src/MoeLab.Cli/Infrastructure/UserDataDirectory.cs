namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// Where MoeLab keeps what a command produces when the user names no path (the ladder's runs table and directories):
/// $MOELAB_HOME, else $XDG_DATA_HOME/moelab, else ~/.local/share/moelab. Never the current directory: run as the
/// README shows, that is the repository, and a default there turns results into untracked files in a checkout.
/// </summary>
public static class UserDataDirectory
{
    /// <summary>How the help describes the location (the same on every machine, unlike the resolved path).</summary>
    public const string Described = "$MOELAB_HOME, else $XDG_DATA_HOME/moelab, else ~/.local/share/moelab";

    public static string Root
    {
        get
        {
            if (Environment.GetEnvironmentVariable("MOELAB_HOME") is { Length: > 0 } home) return Path.GetFullPath(home);
            if (Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "moelab");
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "moelab");
        }
    }

    /// <summary>The path <paramref name="relative"/> under <see cref="Root"/>; its parent directory is created.</summary>
    public static string Resolve(string relative)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
