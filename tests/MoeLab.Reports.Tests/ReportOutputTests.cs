using MoeLab.Core.Validation;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Tests;

public sealed class ReportOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-output-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Emit_AllFiles_WritesEachFormatAndNoTempFiles()
    {
        var options = new OutputOptions(HtmlPath: Path.Combine(_dir, "r.html"), MarkdownPath: Path.Combine(_dir, "r.md"), JsonPath: Path.Combine(_dir, "r.json"));
        var stdout = new StringWriter();
        var status = new StringWriter();

        ReportOutput.Emit(SampleReports.Full(), options, stdout, status);

        Assert.StartsWith("<!doctype html>", File.ReadAllText(options.HtmlPath!));
        Assert.StartsWith("# Mixtral", File.ReadAllText(options.MarkdownPath!));
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(options.JsonPath!)));
        Assert.Equal(["r.html", "r.json", "r.md"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
        Assert.Contains("Parameter breakdown", stdout.ToString());
        Assert.Equal(3, status.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Emit_JsonFlag_PrintsOnlyJsonOnStdout()
    {
        var stdout = new StringWriter();
        ReportOutput.Emit(SampleReports.Full(), new OutputOptions(Json: true), stdout);
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(stdout.ToString()));
    }

    [Fact]
    public void Emit_RenderingThrowsMidway_LeavesExistingFilesAndStdoutUntouched()
    {
        var html = Path.Combine(_dir, "r.html");
        var md = Path.Combine(_dir, "r.md");
        File.WriteAllText(html, "old html");
        File.WriteAllText(md, "old md");
        var report = new Report("t", new ReportContext("moelab x", []),
            [new Table("T", [new Column("A")], new RowsThatFailAfterOne())], [], null);
        var stdout = new StringWriter();

        Assert.Throws<InvalidOperationException>(() => ReportOutput.Emit(report, new OutputOptions(HtmlPath: html, MarkdownPath: md), stdout));

        Assert.Equal("old html", File.ReadAllText(html));
        Assert.Equal("old md", File.ReadAllText(md));
        Assert.Equal(["r.html", "r.md"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
        Assert.Empty(stdout.ToString());
    }

    [Fact]
    public void Emit_UnwritablePath_IsBadInputNamingTheFileAndOption()
    {
        var target = Path.Combine(_dir, "a-directory");
        Directory.CreateDirectory(target);

        var e = Assert.Throws<InvalidInputException>(() => ReportOutput.Emit(SampleReports.TablesOnly(), new OutputOptions(HtmlPath: target), new StringWriter()));

        Assert.Equal(target, e.Source);
        Assert.Equal("--html", e.Field);
        Assert.Equal(["a-directory"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    /// <summary>A table body that breaks after one row, like a builder bug surfacing mid-render.</summary>
    private sealed class RowsThatFailAfterOne : IReadOnlyList<IReadOnlyList<Cell>>
    {
        public int Count => 2;
        public IReadOnlyList<Cell> this[int index] => index == 0 ? [new Cell("fine")] : throw new InvalidOperationException("builder bug");
        public IEnumerator<IReadOnlyList<Cell>> GetEnumerator()
        {
            yield return this[0];
            yield return this[1];
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
