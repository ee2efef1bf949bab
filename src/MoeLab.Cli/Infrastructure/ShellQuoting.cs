namespace MoeLab.Cli.Infrastructure;

/// <summary>Words as a POSIX shell reads them back: an echoed command line must run as it was typed.</summary>
internal static class ShellQuoting
{
    /// <summary>The word unchanged when the shell would not split or expand it; otherwise in single quotes (a ' inside written as '\'').</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ',' or ':' or '=' or '+' or '@' or '%')
            ? word
            : $"'{word.Replace("'", "'\\''")}'";

    /// <summary>"moelab" and the words, each quoted as needed.</summary>
    public static string CommandLine(IEnumerable<string> words) => string.Join(' ', new[] { "moelab" }.Concat(words.Select(Quote)));
}
