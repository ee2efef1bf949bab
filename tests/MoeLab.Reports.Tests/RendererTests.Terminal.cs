using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Tests;

public partial class RendererTests
{
    [Fact]
    public void Terminal_Plain_HasNoAnsiEscapesAndOnlyAscii()
    {
        var text = RenderTerminal(SampleReports.Full(), TerminalOptions.Plain());
        Assert.DoesNotContain('\u001b', text);
        // Report text itself may hold non-ASCII (the title's dash, '…' in chart ranges); borders must not.
        Assert.DoesNotContain('─', text);
        Assert.DoesNotContain('│', text);
    }

    [Fact]
    public void Terminal_Ansi_ColoursWarnings()
    {
        var text = RenderTerminal(SampleReports.Full(), new TerminalOptions(Ansi: true, Width: 100));
        Assert.Contains('\u001b', text);
        Assert.Contains("⚠ Warning:", text);
    }

    [Fact]
    public void Terminal_NumericColumns_AreRightAligned()
    {
        var report = SampleReports.Full();
        var table = report.Blocks.OfType<Table>().Single();
        var lines = RenderTerminal(report, TerminalOptions.Plain()).Split('\n');

        for (var c = 1; c < table.Columns.Count; c++)
        {
            // Right alignment: every number in the column ends at the same character position.
            var ends = table.Rows.Select(row =>
            {
                var line = lines.Single(l => l.Contains(row[0].Text, StringComparison.Ordinal) && l.TrimStart().StartsWith('|'));
                var start = line.IndexOf(row[0].Text, StringComparison.Ordinal) + row[0].Text.Length;
                for (var k = 1; k < c; k++) start = line.IndexOf(row[k].Text, start, StringComparison.Ordinal) + row[k].Text.Length;
                return line.IndexOf(row[c].Text, start, StringComparison.Ordinal) + row[c].Text.Length;
            }).Distinct().ToList();
            Assert.Single(ends);
        }
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Terminal_WideContent_WrapsWithinTheWidth(int width)
    {
        var columns = Enumerable.Range(0, 9).Select(i => new Column($"Quantity {i}", "FLOPs/token", $"What quantity {i} means.", Numeric: true)).ToList();
        var row = Enumerable.Range(0, 9).Select(i => new Cell($"{1.2345e12 * (i + 1):E4}", 1.2345e12 * (i + 1))).ToList();
        var report = new Report("A report with a very wide table", new ReportContext("moelab wide", []),
            [new Table("Wide", columns, [row]), new Note("Long", string.Join(" ", Enumerable.Repeat("word", 80)))],
            [new ReportWarning(string.Join(" ", Enumerable.Repeat("doubt", 60)))], null);

        var lines = RenderTerminal(report, TerminalOptions.Plain(width)).Split('\n');

        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= width, $"{l.Length} > {width}: {l}"));
        Assert.Contains(lines, l => l.Contains("doubt"));
    }

    [Fact]
    public void Terminal_Chart_ShowsTitleAndTextSummary()
    {
        var text = RenderTerminal(SampleReports.Full(), TerminalOptions.Plain(120));
        Assert.Contains("Loss vs tokens", text);
        Assert.Contains("series: 8 experts, 64 experts", text);
        Assert.Contains("target loss (rule)", text);
    }

    [Fact]
    public void Terminal_KeyValuesAndNotes_AreShown()
    {
        var text = RenderTerminal(SampleReports.Full(), TerminalOptions.Plain(120));
        Assert.Contains("Total params", text);
        Assert.Contains("8, top-2", text);
        Assert.Contains("The LM head is untied.", text);
    }

    [Fact]
    public void Terminal_MarkupCharactersInText_AreShownLiterally()
    {
        var report = new Report("[red]not markup[/]", new ReportContext("moelab [x]", []),
            [new Table("[t]", [new Column("[c]")], [[new Cell("[bold]v[/]")]])], [new ReportWarning("[/]")], null);
        var text = RenderTerminal(report, TerminalOptions.Plain());
        Assert.Contains("[red]not markup[/]", text);
        Assert.Contains("[bold]v[/]", text);
    }

    [Fact]
    public void TerminalOptions_ForAWriterThatIsNotStdout_IsPlain()
    {
        Assert.False(TerminalOptions.Detect(new StringWriter()).Ansi);
    }

    [Fact]
    public void Terminal_UnitWithItsOwnParenthesis_DoesNotNestBrackets()
    {
        var report = new Report("r", new ReportContext("moelab r", []),
            [new Table("Fit", [new Column("point"), new Column("log residual", "nats (relative)", Numeric: true)], [["a", new Cell("0.0123", 0.0123)]])], [], null);
        var text = RenderTerminal(report, TerminalOptions.Plain(120));
        Assert.Contains("log residual (nats, relative)", text);
        Assert.DoesNotContain("(nats (relative))", text);
    }

    [Fact]
    public void Terminal_TableWiderThanTheWidth_IsStackedRowByRow_WithEveryValueWhole()
    {
        var columns = new List<Column> { new("trace"), new("policy") };
        columns.AddRange(Enumerable.Range(0, 8).Select(i => new Column($"measure {i}", "tokens/s", Numeric: true)));
        var rows = new[] { "gsm8k", "humaneval" }.Select(t => (IReadOnlyList<Cell>)[t, "lru", .. Enumerable.Range(0, 8).Select(i => new Cell($"{131_072_000 + i:N0}", i))]).ToList();
        var report = new Report("r", new ReportContext("moelab r", []), [new Table("Runs", columns, rows)], [], null);

        var lines = RenderTerminal(report, TerminalOptions.Plain(60)).Split('\n');

        Assert.All(lines, l => Assert.True(l.Length <= 60, l));
        Assert.Contains("  gsm8k · lru", lines);
        Assert.Contains("  humaneval · lru", lines);
        for (var i = 0; i < 8; i++)
            Assert.Equal(2, lines.Count(l => l.StartsWith($"    measure {i} (tokens/s)", StringComparison.Ordinal) && l.EndsWith($"{131_072_000 + i:N0}", StringComparison.Ordinal)));
        // The same table in a pipe keeps its rows on one line each.
        var piped = RenderTerminal(report, TerminalOptions.Pipe()).Split('\n');
        Assert.Contains(piped, l => l.Contains("gsm8k") && l.Contains("131,072,000") && l.Contains("131,072,007"));
    }

    [Theory]
    [InlineData("60", 60)]
    [InlineData("200", 200)]
    [InlineData("10", TerminalOptions.MinWidth)]
    [InlineData("0", null)]
    [InlineData("wide", null)]
    [InlineData(null, null)]
    public void TerminalOptions_Columns_IsAPositiveWidthOrNothing(string? value, int? expected) =>
        Assert.Equal(expected, TerminalOptions.Columns(value));
}
