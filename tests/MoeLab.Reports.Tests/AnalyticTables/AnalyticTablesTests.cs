using MoeLab.Core.Hardware;
using MoeLab.Offload.Analytic;
using MoeLab.Reports.Model;
using MoeLab.Reports.Offload;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Tests.AnalyticTables;

public class AnalyticTablesTests
{
    private static readonly OffloadModelShape Mixtral = new(
        Layers: 32, ExpertsPerLayer: 8, TopK: 2, ExpertBytes: 3L * 4096 * 14336 * 2,
        ExpertFlopsPerToken: 2.0 * 3 * 4096 * 14336, AttentionFlopsPerToken: 2.0 * 4096 * 10240,
        ResidentBytesPerLayer: 2L * 4096 * 10240);

    [Fact]
    public void Comparison_LabelsTheSeedRowAndKeepsRawValues()
    {
        var comparison = AnalyticComparison.Compute(Mixtral, HardwareProfiles.Get("rtx4090-pcie4"), 4);
        var section = Offload.AnalyticTables.Comparison(comparison);
        var table = section.Blocks.OfType<Table>().Single();
        Assert.Equal(1 + comparison.Corrected.Count, table.Rows.Count);
        Assert.Contains("seed 000 model", table.Rows[0][0].Text);
        Assert.All(table.Rows.Skip(1), r => Assert.StartsWith("corrected:", r[0].Text));
        // Raw values survive formatting: the seed's P_miss for 4 of 8 cached, top-2, is 0.25.
        Assert.Equal(0.25, table.Rows[0][1].Value);
        Assert.Equal(comparison.Corrected[0].Throughput.TokensPerSecond, table.Rows[1][5].Value);
        Assert.All(table.Columns.Where(c => c.Numeric), c => Assert.False(string.IsNullOrEmpty(c.Legend)));
        // 4 of 8 cached moves 4× what the seed says (1 expert vs 0.25 per layer-token): a warning says so.
        Assert.Contains(section.Warnings, w => w.Code == "seed-000-miss-formula");
        Assert.Equal(0.25, section.Data["seed_000"]!["miss_probability"]!.GetValue<double>());
    }

    [Fact]
    public void Granularity_OneRowPerSplit_BytesColumnConstant()
    {
        var rows = GranularityAnalysis.UniformRouting(Mixtral, HardwareProfiles.Get("h100-pcie-gen5"), 4, GranularityAnalysis.PowersOfTwo(64));
        var section = Offload.AnalyticTables.Granularity(rows, "h100-pcie-gen5");
        var table = section.Blocks.OfType<Table>().Single();
        Assert.Equal(7, table.Rows.Count);
        var moved = table.Rows.Select(r => r[5].Value!.Value).ToList();
        Assert.All(moved, m => Assert.Equal(moved[0], m, moved[0] * 1e-12));
        Assert.Equal(7, section.Data["rows"]!.AsArray().Count);
    }

    [Fact]
    public void Sections_RenderInAReport()
    {
        var comparison = Offload.AnalyticTables.Comparison(AnalyticComparison.Compute(Mixtral, HardwareProfiles.Get("t4"), 2));
        var sweep = Offload.AnalyticTables.NotebookSweep(
            NotebookSweeps.ExpertCountSweep(NotebookGpuSystem.H100Nvl, 8, 1024, 4, 1 << 20, 8), NotebookGpuSystem.H100Nvl);
        var report = new Report("analytic", new ReportContext("test", []),
            [.. comparison.Blocks, .. sweep.Blocks], comparison.Warnings, comparison.Data);
        var markdown = MarkdownReportRenderer.Render(report);
        Assert.Contains("Seed 000 model vs corrected analytic models", markdown);
        Assert.Contains("seed 000 model: notebook GPUSystemConfig", markdown);
    }
}
