using System.Text.RegularExpressions;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Tests;

public partial class RendererTests
{
    [Fact]
    public void Html_WithCharts_InlinesAllThreeVegaLibrariesAndLoadsNothingExternal()
    {
        var html = HtmlReportRenderer.Render(SampleReports.Full());

        Assert.DoesNotMatch(new Regex("<script[^>]*\\ssrc\\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<link[^>]*stylesheet", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("@import|url\\(\\s*['\"]?https?:", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<(img|iframe|link)[^>]*(src|href)\\s*=\\s*['\"]?https?:", RegexOptions.IgnoreCase), html);
        foreach (var library in new[] { "vega", "vega-lite", "vega-embed" })
            Assert.Contains($"<script data-library=\"{library}\">", html);
        // The embedded builds are the real minified UMD bundles, not placeholders.
        Assert.Contains("globalThis", VegaAssets.Vega);
        Assert.True(VegaAssets.Vega.Length > 200_000, "vega.min.js looks truncated");
        Assert.True(VegaAssets.VegaLite.Length > 100_000, "vega-lite.min.js looks truncated");
        Assert.Contains("vegaEmbed", VegaAssets.VegaEmbed);
        Assert.Contains("vegaEmbed(el, spec", html);
    }

    [Fact]
    public void Html_WithoutCharts_CarriesNoScriptAtAll()
    {
        var html = HtmlReportRenderer.Render(SampleReports.TablesOnly());
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void Html_HostileText_IsEscapedEverywhere()
    {
        const string hostile = "</script><script>alert(1)</script>";
        var report = new Report(hostile, new ReportContext(hostile, [KeyValuePair.Create(hostile, hostile)]),
            [
                new Table(hostile, [new Column(hostile, hostile, hostile)], [[new Cell(hostile)]], hostile),
                new Note(hostile, hostile),
                Charts.VegaLite.Bar(hostile, new Charts.ChartAxis(hostile), new Charts.ChartAxis(hostile), [new(hostile, 1)]),
            ],
            [new ReportWarning(hostile)], null);

        var html = HtmlReportRenderer.Render(report);

        Assert.DoesNotContain("<script>alert", html);
        Assert.Single(Regex.Matches(html, "<script>")); // only the embed bootstrap
    }

    [Fact]
    public void Html_NumericCells_AreRightAlignedAndCarryTheRawValue()
    {
        var html = HtmlReportRenderer.Render(SampleReports.Full());
        Assert.Contains("<td class=\"num\" data-value=\"46702792704\"", html);
        Assert.Contains("<th class=\"num\">Total<br><span class=\"unit\">(params)</span></th>", html);
    }

    [Fact]
    public void Html_ChartSpec_IsEmbeddedAsJsonWithoutNaN()
    {
        var html = HtmlReportRenderer.Render(SampleReports.Full());
        var spec = Regex.Match(html, "<script type=\"application/json\" id=\"chart-0-spec\">(.*?)</script>").Groups[1].Value;
        var parsed = System.Text.Json.Nodes.JsonNode.Parse(spec)!;
        Assert.Equal(4, parsed["data"]!["values"]!.AsArray().Count);
        Assert.DoesNotContain("NaN", spec);
    }
}
