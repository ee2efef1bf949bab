using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;
using static MoeLab.Offload.Tests.Analytic.AnalyticTestSupport;

namespace MoeLab.Offload.Tests.Analytic;

public class GranularityAnalysisTests
{
    // Mixtral-8x7B-like: 32 layers, 8 experts of 3·4096·14336 bf16 weights, top-2.
    private static readonly OffloadModelShape Mixtral = new(
        Layers: 32, ExpertsPerLayer: 8, TopK: 2, ExpertBytes: 3L * 4096 * 14336 * 2,
        ExpertFlopsPerToken: 2.0 * 3 * 4096 * 14336, AttentionFlopsPerToken: 2.0 * 4096 * 6144,
        ResidentBytesPerLayer: 2L * 4096 * 6144);

    private static readonly IReadOnlyList<int> Granularities = GranularityAnalysis.PowersOfTwo(64);

    [Fact]
    public void PowersOfTwo_UpTo64() => Assert.Equal([1, 2, 4, 8, 16, 32, 64], Granularities);

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void UniformRouting_ExpectedBytesMoved_DoNotDependOnGranularity(int cached)
    {
        var rows = GranularityAnalysis.UniformRouting(Mixtral, HardwareProfiles.Get("rtx4090-pcie4"), cached, Granularities);
        // Closed form k·(1 − c/N)·s, independent of g.
        var expected = 2 * (1 - cached / 8.0) * Mixtral.ExpertBytes;
        Assert.All(rows, r => Assert.Equal(expected, r.ExpectedBytesMovedPerLayerToken, expected * 1e-12 + 1e-6));
        Assert.All(rows, r => Assert.Equal(32 * expected, r.Throughput.ExpectedBytesMoved, expected * 1e-10 + 1e-3));
    }

    [Fact]
    public void UniformRouting_SplitKeepsTotalActiveAndCachedBytes()
    {
        foreach (var r in GranularityAnalysis.UniformRouting(Mixtral, HardwareProfiles.Get("t4"), 3, Granularities))
        {
            Assert.Equal(8L * Mixtral.ExpertBytes, (long)r.ExpertsPerLayer * r.ExpertBytes);
            Assert.Equal(2L * Mixtral.ExpertBytes, (long)r.TopK * r.ExpertBytes);
            Assert.Equal(3L * Mixtral.ExpertBytes, (long)r.CachedExpertsPerLayer * r.ExpertBytes);
            // Transfers scale with g: k·g·(1 − c/N).
            Assert.Equal(2 * r.Granularity * (1 - 3 / 8.0), r.ExpectedMissesPerLayerToken, 10);
        }
    }

    [Fact]
    public void UniformRouting_SmallCase_MatchesEnumeration()
    {
        // g = 2 on a 4-expert top-1 layer with 1 cached: 8 experts, top-2, 2 cached. Enumerate all 28 pairs.
        var shape = Mixtral with { ExpertsPerLayer = 4, TopK = 1 };
        var row = GranularityAnalysis.UniformRouting(shape, HardwareProfiles.Get("t4"), 1, [2]).Single();
        double misses = 0, anyMiss = 0, pairs = 0;
        foreach (var pair in Subsets(8, 2))
        {
            var m = pair.Count(e => e >= 2);
            misses += m;
            if (m > 0) anyMiss++;
            pairs++;
        }
        Assert.Equal(misses / pairs, row.ExpectedMissesPerLayerToken, 12);
        Assert.Equal(anyMiss / pairs, row.ProbabilityAnyMiss, 12);
    }

    [Fact]
    public void SeedPrediction_FallsExponentiallyWhileTheTruthStaysFlat()
    {
        var rows = GranularityAnalysis.UniformRouting(Mixtral, HardwareProfiles.Get("rtx4090-pcie4"), 4, Granularities);
        for (var i = 0; i < rows.Count; i++)
        {
            // Seed: P_miss = (1 − 4/8)^(2g) = 0.25^g.
            Assert.Equal(Math.Pow(0.25, rows[i].Granularity), rows[i].Seed.MissProbability, 15);
            if (i == 0) continue;
            Assert.True(rows[i].SeedBytesMovedPerLayerToken < rows[i - 1].SeedBytesMovedPerLayerToken);
            Assert.True(rows[i].ProbabilityAnyMiss >= rows[i - 1].ProbabilityAnyMiss);
        }
        // At g = 1 the seed already predicts 4× fewer bytes than are moved (0.25·s vs 1·s).
        Assert.Equal(4.0, rows[0].ExpectedBytesMovedPerLayerToken / rows[0].SeedBytesMovedPerLayerToken, 12);
    }

    [Fact]
    public void HighLatencyBus_FinerExpertsAreSlower()
    {
        // A 1 ms-per-read store (networked or throttled storage): at g = 64 a token needs 64× the reads for the
        // same bytes, ~64 ms of extra latency per layer-token with misses, far more than pipelining recovers.
        var slowReads = HardwareProfiles.Get("nvme-ssd-to-ram") with { BusLatencySeconds = 1e-3 };
        var rows = GranularityAnalysis.UniformRouting(Mixtral, slowReads, 4, [1, 64]);
        Assert.True(rows[1].Throughput.TokensPerSecond < rows[0].Throughput.TokensPerSecond);
    }

    [Fact]
    public void ZeroLatencyBus_FinerExpertsPipelineBetter()
    {
        // With no per-transfer cost, splitting lets compute overlap the transfer of the rest of the expert:
        // the same bytes move, but less of the transfer time is exposed.
        var ideal = HardwareProfiles.Get("rtx4090-pcie4") with { BusLatencySeconds = 0, KernelLaunchLatencySeconds = 0 };
        var rows = GranularityAnalysis.UniformRouting(Mixtral, ideal, 4, [1, 8]);
        Assert.True(rows[1].Throughput.TransferStallSeconds < rows[0].Throughput.TransferStallSeconds);
        Assert.Equal(rows[0].Throughput.ExpectedBytesMoved, rows[1].Throughput.ExpectedBytesMoved, 1.0);
    }

    [Fact]
    public void SplitExperts_Indivisible_IsInvalidInput()
    {
        var e = Assert.Throws<InvalidInputException>(() => (Mixtral with { ExpertBytes = 1001 }).SplitExperts(2));
        Assert.Equal("granularity", e.Field);
    }
}
