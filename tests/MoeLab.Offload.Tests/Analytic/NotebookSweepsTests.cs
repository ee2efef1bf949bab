using MoeLab.Offload.Analytic;

namespace MoeLab.Offload.Tests.Analytic;

public class NotebookSweepsTests
{
    [Fact]
    public void LogSpacedCounts_PowersOfTen_AreExact() =>
        Assert.Equal([10L, 100L, 1000L, 10000L], NotebookSweeps.LogSpacedCounts(10, 10000, 4));

    [Fact]
    public void LogSpacedCounts_TruncatesLikeAstypeInt()
    {
        // In IEEE doubles 10^log10(8) = 7.999999999999999 (CPython prints exactly that), and astype(int)
        // truncates, so the notebook's first point is 7 experts, not 8. The last point is set to the stop
        // exponent exactly, as np.linspace does.
        var counts = NotebookSweeps.LogSpacedCounts(8, 1024, 8);
        Assert.Equal(7L, counts[0]);
        Assert.Equal(1024L, counts[^1]);
        // Middle points: 10^(log10 8 + i·(log10 1024 − log10 8)/7) = 8·2^i, each truncated.
        for (var i = 1; i < 7; i++)
            Assert.InRange(counts[i], (long)(8 * Math.Pow(2, i)) - 1, (long)(8 * Math.Pow(2, i)));
    }

    [Fact]
    public void ExpertSizeSweep_IsInclusiveRange()
    {
        var rows = NotebookSweeps.ExpertSizeSweep(NotebookGpuSystem.H100Nvl, 64, 1 << 20, 4 << 20, 1 << 20, 8);
        Assert.Equal([1L << 20, 2L << 20, 3L << 20, 4L << 20], rows.Select(r => r.ExpertBytes));
        Assert.All(rows, r => Assert.Equal(64, r.NumExperts));
    }

    [Fact]
    public void ExpertCountSweep_RowsEqualTheSystemsOwnMethods()
    {
        var system = NotebookUnifiedMemorySystem.Gh200Nvl2;
        foreach (var row in NotebookSweeps.ExpertCountSweep(system, 100, 1500, 20, 65536, 8))
        {
            var config = new NotebookMoeConfig(row.NumExperts, 65536, 8);
            Assert.Equal(system.CacheProbability(config), row.SingleExpertCacheProbability);
            Assert.Equal(system.ForwardExpertsMissProbability(config), row.ForwardExpertsMissProbability);
            Assert.Equal(system.PerformanceGain(config), row.PerformanceGain);
            Assert.Equal(system.EffectiveBandwidthBytesPerSecond(config), row.EffectiveBandwidthBytesPerSecond);
        }
    }
}
