namespace MoeLab.Reports.Rendering;

/// <summary>
/// How the terminal renderer draws: with colours and box drawing for a person at a terminal, or plain ASCII
/// text for a pipe or a file (no ANSI escape codes), wrapped at <see cref="Width"/> columns.
/// </summary>
public sealed record TerminalOptions(bool Ansi, int Width)
{
    public const int MinWidth = 80;
    public const int MaxWidth = 120;
    public const int RedirectedWidth = 100;

    /// <summary>Plain text wrapped at <paramref name="width"/> columns: what a pipe or a log file gets.</summary>
    public static TerminalOptions Plain(int width = RedirectedWidth) => new(false, width);

    /// <summary>
    /// Colours only when <paramref name="output"/> is the process's stdout, stdout is a terminal, and neither
    /// NO_COLOR nor TERM=dumb asks otherwise. The width follows the terminal, kept within 80–120 columns so
    /// tables stay readable on narrow windows and lines stay short on wide ones.
    /// </summary>
    public static TerminalOptions Detect(TextWriter output)
    {
        var isStdout = ReferenceEquals(output, Console.Out);
        if (!isStdout || Console.IsOutputRedirected) return Plain();
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            || Environment.GetEnvironmentVariable("TERM") is "dumb";
        int width;
        try
        {
            width = Console.WindowWidth;
        }
        catch (IOException)
        {
            width = RedirectedWidth;
        }
        if (width <= 0) width = RedirectedWidth;
        return new TerminalOptions(!noColor, Math.Clamp(width, MinWidth, MaxWidth));
    }
}
