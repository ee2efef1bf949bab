using System.Net;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Tests;

public partial class RendererTests
{
    public static TheoryData<string> Formats => ["terminal", "markdown", "json", "html"];

    private static string RenderAs(string format, Report report) => format switch
    {
        "terminal" => RenderTerminal(report, TerminalOptions.Plain(120)),
        "markdown" => MarkdownReportRenderer.Render(report),
        "json" => JsonReportRenderer.Render(report),
        "html" => WebUtility.HtmlDecode(HtmlReportRenderer.Render(report)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static string RenderTerminal(Report report, TerminalOptions options)
    {
        var writer = new StringWriter();
        TerminalReportRenderer.Render(report, writer, options);
        return writer.ToString();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_AnyFormat_ContainsReportAndChartWarnings(string format)
    {
        var report = SampleReports.Full();
        var chartWarnings = SampleReports.ChartWarnings(report).ToList();
        Assert.Single(chartWarnings); // the NaN loss point was dropped

        var text = Normalise(format, RenderAs(format, report));

        Assert.Contains(SampleReports.ReportWarning, text);
        foreach (var w in chartWarnings) Assert.Contains(w, text);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_AnyFormat_ContainsEveryTableCellAndUnitHeaders(string format)
    {
        var report = SampleReports.Full();
        var text = Normalise(format, RenderAs(format, report));

        foreach (var table in report.Blocks.OfType<Table>())
        {
            foreach (var row in table.Rows)
                foreach (var cell in row)
                    Assert.Contains(format == "markdown" ? cell.Text.Replace("|", "\\|") : cell.Text, text);
            foreach (var column in table.Columns.Where(c => c.Unit is not null))
                Assert.Contains(format is "json" or "html" ? column.Unit! : $"{column.Header} ({column.Unit})", text);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_AnyFormat_OpensWithCommandVersionAndSeed(string format)
    {
        var report = SampleReports.Full();
        var text = Normalise(format, RenderAs(format, report));

        Assert.Contains("moelab inspect mixtral-8x7b", text);
        Assert.Contains(report.Context.ToolVersion, text);
        Assert.Contains("42", text);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_AnyFormat_ListsEveryColumnLegend(string format)
    {
        var text = Normalise(format, RenderAs(format, SampleReports.Full()));
        foreach (var column in SampleReports.BreakdownColumns) Assert.Contains(column.Legend!, text);
    }

    /// <summary>JSON escapes non-ASCII text; the terminal may wrap long lines. Undo both so plain containment works.</summary>
    private static string Normalise(string format, string text)
    {
        if (format == "json") return System.Text.RegularExpressions.Regex.Unescape(text);
        if (format == "terminal") return string.Join(" ", text.Split('\n').Select(l => l.Trim().Trim('|').Trim()));
        return text;
    }
}
