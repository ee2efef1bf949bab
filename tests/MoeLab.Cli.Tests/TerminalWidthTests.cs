using System.Text.RegularExpressions;

namespace MoeLab.Cli.Tests;

/// <summary>
/// Real commands printed into a pipe at COLUMNS = 60, 80 and 120, and without COLUMNS. Fitted to a width, no line is
/// longer than the width; and at every width every number the unconstrained rendering prints (drawn at its natural
/// width, nothing wrapped) is still printed whole, on one line: wrapping may move a value, never cut it.
/// </summary>
public sealed class TerminalWidthTests
{
    public static TheoryData<string> Commands() =>
    [
        "inspect mixtral-8x7b deepseek-v3",
        "plan --compute 1e21",
        "simulate",
        "sectional --d 4096 --seq 2048",
    ];

    // A number as printed: digits with thousands separators and a decimal part, optionally signed or in E notation.
    private static readonly Regex Number = new(@"(?<![\w.])[-+]?\d{1,3}(,\d{3})+(\.\d+)?(?![\w.])|(?<![\w.,])[-+]?\d+\.\d+(e[-+]?\d+)?(?![\w.])", RegexOptions.IgnoreCase);

    [Theory]
    [MemberData(nameof(Commands))]
    public void FittedToTheWidth_NoLineIsLonger_AndEveryNumberStaysWhole(string command)
    {
        var args = command.Split(' ');
        var natural = Run(args, columns: null);
        Assert.True(natural.Exit == 0, natural.Err);
        var numbers = Number.Matches(natural.Out).Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(numbers);

        foreach (var width in new[] { 60, 80, 120 })
        {
            var fitted = Run(args, width);
            Assert.True(fitted.Exit == 0, fitted.Err);
            var lines = fitted.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            Assert.All(lines, l => Assert.True(l.Length <= width, $"{command} at {width}: {l.Length} columns: {l}"));
            var whole = lines.SelectMany(l => Number.Matches(l).Select(m => m.Value)).ToHashSet();
            var cut = numbers.Where(n => !whole.Contains(n)).ToList();
            Assert.True(cut.Count == 0, $"{command} at {width}: not printed whole: {string.Join(", ", cut)}");
        }
    }

    [Fact]
    public void InAPipe_ATableRowIsOneLine()
    {
        var natural = Run(["inspect", "mixtral-8x7b", "deepseek-v3"], columns: null);
        Assert.True(natural.Exit == 0, natural.Err);
        // The side-by-side table: a quantity, its unit and both models' values on the one line, as grep and cut want it.
        Assert.Contains(natural.Out.Split('\n'), l => l.Contains("Total params") && l.Contains("46.70 B") && l.Contains("684.49 B"));
    }

    private static (int Exit, string Out, string Err) Run(string[] args, int? columns)
    {
        var r = InspectCliRunner.RunWith(new Dictionary<string, string?> { ["COLUMNS"] = columns?.ToString(System.Globalization.CultureInfo.InvariantCulture) }, args);
        return (r.ExitCode, r.Stdout, r.Stderr);
    }
}
