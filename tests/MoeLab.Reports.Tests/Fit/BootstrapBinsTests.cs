using MoeLab.Reports.Fit;

namespace MoeLab.Reports.Tests.Fit;

public sealed class BootstrapBinsTests
{
    [Theory]
    [InlineData(20, 5)]      // √20 ≈ 4.5, raised to the minimum of 5
    [InlineData(100, 10)]
    [InlineData(10_000, 30)] // √10 000 = 100, capped at 30
    public void Of_NValues_SqrtNBinsClampedAndEveryValueCountedOnceInItsOwnBin(int n, int expectedBins)
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, n).Select(_ => 1e3 + 50 * random.NextDouble()).ToList();

        var bins = BootstrapBins.Of(values);

        Assert.Equal(expectedBins, bins.Count);
        Assert.Equal(n, bins.Sum(b => b.Count));
        Assert.True(bins[0].Start < values.Min());
        Assert.Equal(values.Max(), bins[^1].End, 9);
        for (var i = 1; i < bins.Count; i++) Assert.Equal(bins[i - 1].End, bins[i].Start, 9);
        // Counted independently: each value lies in (start, end] of exactly the bin that counts it.
        foreach (var bin in bins)
            Assert.Equal(values.Count(v => v > bin.Start && v <= bin.End), bin.Count);
    }

    [Fact]
    public void Of_EveryResampleEqual_OneVisibleBarAroundTheValue()
    {
        var bins = BootstrapBins.Of([0.34, 0.34, 0.34]);

        var bin = Assert.Single(bins);
        Assert.Equal(3, bin.Count);
        Assert.True(bin.Start < 0.34 && bin.End > 0.34);
    }

    [Fact]
    public void Of_NoValues_NoBins() => Assert.Empty(BootstrapBins.Of([]));
}
