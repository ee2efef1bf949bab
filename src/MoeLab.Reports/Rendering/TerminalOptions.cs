using System.Globalization;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// How the terminal renderer draws: with colours and box drawing for a person at a terminal, or plain ASCII text for a
/// pipe or a file (no ANSI escape codes). Prose wraps at <see cref="Width"/> columns, between words only. A table that
/// does not fit the width is stacked (one block of "column  value" lines per row) when <see cref="FitTables"/> is set,
/// and drawn at its natural width otherwise — either way no number or word is ever split across lines.
/// </summary>
public sealed record TerminalOptions(bool Ansi, int Width, bool FitTables = true)
{
    /// <summary>Prose width for a pipe or file that gives no COLUMNS: the width a log viewer shows comfortably.</summary>
    public const int RedirectedWidth = 100;

    /// <summary>Narrowest width honoured: below it even "column  value" lines cannot be laid out sensibly.</summary>
    public const int MinWidth = 40;

    /// <summary>Plain text fitted to <paramref name="width"/> columns (tables stacked when they do not fit).</summary>
    public static TerminalOptions Plain(int width = RedirectedWidth) => new(false, width);

    /// <summary>A pipe or a file without COLUMNS: tables keep their natural width, so a row stays one line for grep and cut.</summary>
    public static TerminalOptions Pipe() => new(false, RedirectedWidth, FitTables: false);

    /// <summary>
    /// Colours only when <paramref name="output"/> is the process's stdout, stdout is a terminal, and neither NO_COLOR nor
    /// TERM=dumb asks otherwise. The width is COLUMNS when it is set (terminal or not), else the terminal's; a pipe
    /// without COLUMNS gets <see cref="Pipe"/>.
    /// </summary>
    public static TerminalOptions Detect(TextWriter output)
    {
        var isStdout = ReferenceEquals(output, Console.Out);
        var columns = Columns(Environment.GetEnvironmentVariable("COLUMNS"));
        if (!isStdout || Console.IsOutputRedirected) return columns is { } c ? Plain(c) : Pipe();
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            || Environment.GetEnvironmentVariable("TERM") is "dumb";
        int width;
        try
        {
            width = columns ?? Console.WindowWidth;
        }
        catch (IOException)
        {
            width = RedirectedWidth;
        }
        if (width <= 0) width = RedirectedWidth;
        return new TerminalOptions(!noColor, Math.Max(width, MinWidth));
    }

    /// <summary>COLUMNS as a width, or null when it is unset or not a positive number.</summary>
    public static int? Columns(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? Math.Max(n, MinWidth) : null;
}
