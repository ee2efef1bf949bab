using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Tests;

public partial class RendererTests
{
    [Fact]
    public void Markdown_PipeInCell_IsEscapedSoEveryRowHasTheHeaderColumnCount()
    {
        var md = MarkdownReportRenderer.Render(SampleReports.Full());
        var tableLines = md.Split('\n').Where(l => l.StartsWith('|')).ToList();

        Assert.Equal(2 + 3, tableLines.Count); // header, alignment row, three data rows
        Assert.All(tableLines, l => Assert.Equal(SampleReports.BreakdownColumns.Length + 1, UnescapedPipes(l)));
        Assert.Contains("| attention \\| GQA |", md);
    }

    [Fact]
    public void Markdown_NumericColumns_AreRightAligned()
    {
        var md = MarkdownReportRenderer.Render(SampleReports.Full());
        Assert.Contains("| --- | ---: | ---: | ---: |", md);
        Assert.Contains("| Component | Total (params) | Active (params) | Share (%) |", md);
    }

    [Fact]
    public void Markdown_Warnings_AreBlockquotes()
    {
        var md = MarkdownReportRenderer.Render(SampleReports.Full());
        Assert.Contains($"> **Warning:** {SampleReports.ReportWarning}", md);
    }

    [Fact]
    public void Markdown_NewlineAndMarkupInCell_StayInsideTheCell()
    {
        var report = new Report("t", new ReportContext("moelab x", []),
            [new Table("T", [new Column("A"), new Column("B")], [[new Cell("line 1\nline 2"), new Cell("<b>*bold*</b>")]])], [], null);

        var md = MarkdownReportRenderer.Render(report);

        Assert.Contains("| line 1<br>line 2 | &lt;b>\\*bold\\*&lt;/b> |", md);
    }

    [Fact]
    public void Markdown_ShortRow_IsPaddedToTheColumnCount()
    {
        var report = new Report("t", new ReportContext("moelab x", []),
            [new Table("T", [new Column("A"), new Column("B"), new Column("C")], [[new Cell("only")]])], [], null);

        var row = MarkdownReportRenderer.Render(report).Split('\n').Single(l => l.StartsWith("| only"));

        Assert.Equal(4, UnescapedPipes(row));
    }

    [Fact]
    public void Markdown_CommandWithBackticks_GetsALongerCodeFence()
    {
        var report = new Report("t", new ReportContext("moelab `x`", []), [], [], null);
        Assert.StartsWith("``", MarkdownReportRenderer.Render(report).Split('\n')[2]);
        Assert.Contains("`` moelab `x` ``", MarkdownReportRenderer.Render(report));
    }

    [Fact]
    public void Markdown_Chart_IsSummarisedWithSeriesAndRanges()
    {
        var md = MarkdownReportRenderer.Render(SampleReports.Full());
        Assert.Contains("series: 8 experts, 64 experts", md);
        Assert.Contains("x Training tokens (tokens): 1E+09 … 1E+10, log scale", md);
    }

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) count++;
        return count;
    }
}
