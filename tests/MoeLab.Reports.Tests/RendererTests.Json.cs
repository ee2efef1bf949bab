using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Tests;

public partial class RendererTests
{
    [Fact]
    public void Json_ParsesBackWithNaNAndInfinityAsNullAndAWarningNamingThem()
    {
        var json = JsonReportRenderer.Render(SampleReports.Full());

        var root = JsonNode.Parse(json)!;
        // Warnings may say "NaN" in words; no value may be one.
        Assert.DoesNotMatch(@"[:\[,]\s*-?(NaN|Infinity)", json);
        Assert.Null(root["data"]!["bad_ratio"]);
        Assert.True(root["data"]!.AsObject().ContainsKey("bad_ratio"));
        Assert.Null(root["data"]!["list"]![1]);
        Assert.Equal(1.0, (double)root["data"]!["list"]![0]!);
        Assert.Equal(SampleReports.TotalParams, (double)root["data"]!["total_params"]!);
        var nanWarning = root["warnings"]!.AsArray().Single(w => (string?)w!["code"] == "json-non-finite");
        Assert.Contains("data.bad_ratio", (string)nanWarning!["message"]!);
        Assert.Contains("data.list[1]", (string)nanWarning!["message"]!);
    }

    [Fact]
    public void Json_Table_KeepsColumnsUnitsAndRawCellValues()
    {
        var report = SampleReports.Full();
        var source = report.Blocks.OfType<Table>().Single();
        var root = JsonNode.Parse(JsonReportRenderer.Render(report))!;

        var table = root["blocks"]!.AsArray().Single(b => (string)b!["kind"]! == "table")!;
        Assert.Equal(["params", "params", "%"], table["columns"]!.AsArray().Skip(1).Select(c => (string)c!["unit"]!));
        Assert.True((bool)table["columns"]![1]!["numeric"]!);
        var rows = table["rows"]!.AsArray();
        for (var r = 0; r < source.Rows.Count; r++)
            for (var c = 0; c < source.Rows[r].Count; c++)
            {
                var cell = source.Rows[r][c];
                var raw = rows[r]![c]!;
                if (cell.Value is { } v) Assert.Equal(v, raw.GetValue<double>());
                else Assert.Equal(cell.Text, raw.GetValue<string>());
                Assert.Equal(cell.Text, (string)table["rows_text"]![r]![c]!);
            }
    }

    [Fact]
    public void Json_NaNCell_BecomesNullWithItsPath()
    {
        var report = new Report("t", new ReportContext("moelab x", []),
            [new Table("T", [new Column("v", "s", Numeric: true)], [[new Cell("n/a", double.NaN)]])], [], null);

        var root = JsonNode.Parse(JsonReportRenderer.Render(report))!;

        Assert.Null(root["blocks"]![0]!["rows"]![0]![0]);
        Assert.Contains("blocks[0].rows[0][0]", (string)root["warnings"]![0]!["message"]!);
    }

    [Fact]
    public void Json_Chart_KeepsItsSpecAndWarnings()
    {
        var report = SampleReports.Full();
        var root = JsonNode.Parse(JsonReportRenderer.Render(report))!;

        var chart = root["blocks"]!.AsArray().Single(b => (string)b!["kind"]! == "chart")!;
        Assert.True(JsonNode.DeepEquals(report.Blocks.OfType<Chart>().Single().Spec, chart["spec"]));
        Assert.Single(chart["warnings"]!.AsArray());
    }

    [Fact]
    public void Json_Context_HasSeedCommandLineAndVersion()
    {
        var report = SampleReports.Full();
        var root = JsonNode.Parse(JsonReportRenderer.Render(report))!;
        Assert.Equal(42, (long)root["context"]!["seed"]!);
        Assert.Equal(report.Context.Command, (string)root["context"]!["command_line"]!);
        Assert.Equal(JsonValueKind.String, root["context"]!["tool_version"]!.GetValueKind());
    }

    [Fact]
    public void Json_Envelope_OpensWithSchemaVersionCommandArgumentsAndInputs()
    {
        var report = SampleReports.Full() with
        {
            Invocation = new ReportInvocation("trace convert", new JsonObject { ["tokens"] = 100L, ["policy"] = "lru" }, [new InputFile("input", "t.jsonl")]),
        };
        var root = JsonNode.Parse(JsonReportRenderer.Render(report))!.AsObject();

        Assert.Equal(["schema_version", "command", "arguments", "context", "inputs", "title", "warnings", "blocks", "data"], root.Select(p => p.Key));
        Assert.Equal(JsonReportRenderer.SchemaVersion, (string)root["schema_version"]!);
        Assert.Equal("trace convert", (string)root["command"]!);
        Assert.Equal(100L, (long)root["arguments"]!["tokens"]!);
        Assert.Equal("input", (string)root["inputs"]![0]!["kind"]!);
        Assert.Equal("t.jsonl", (string)root["inputs"]![0]!["path"]!);
    }

    [Fact]
    public void Json_OrdinaryCharactersAreNotEscaped_AndCountsAbove2To53StayExactIntegers()
    {
        // 2^53 + 1 has no double; a count written through a double would come back as 2^53.
        const long justAbove = (1L << 53) + 1;
        var report = SampleReports.Full() with { Data = new JsonObject { ["note"] = "a + b × c", ["count"] = justAbove, ["largest"] = long.MaxValue } };
        var text = JsonReportRenderer.Render(report);

        Assert.Contains("\"a + b × c\"", text);
        Assert.DoesNotContain("\\u002B", text);
        Assert.Contains($"\"count\": {justAbove}", text);
        Assert.Contains($"\"largest\": {long.MaxValue}", text);
        Assert.Equal(justAbove, JsonNode.Parse(text)!["data"]!["count"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("DecodeTokensPerSecond", "decode_tokens_per_s")]
    [InlineData("BusBusySeconds", "bus_busy_s")]
    [InlineData("HitRate", "hit_rate")]
    [InlineData("ExpertBytes", "expert_bytes")]
    [InlineData("Seconds", "time_s")]
    [InlineData("loss_nats", "loss_nats")]
    public void ReportJson_NamesRecordPropertiesInTheConvention(string csharp, string json) =>
        Assert.Equal(json, ReportJson.Name(csharp));

    [Fact]
    public void ReportJson_RecordNaN_BecomesNullWithAWarning()
    {
        var report = SampleReports.Full() with { Data = ReportJson.ToNode(new { HitRate = double.NaN, Hits = 3L }) };
        var root = JsonNode.Parse(JsonReportRenderer.Render(report))!;

        Assert.Null(root["data"]!["hit_rate"]);
        Assert.Equal(3L, (long)root["data"]!["hits"]!);
        Assert.Contains(root["warnings"]!.AsArray(), w => ((string)w!["message"]!).Contains("data.hit_rate"));
    }
}
