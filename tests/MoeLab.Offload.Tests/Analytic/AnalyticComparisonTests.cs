using MoeLab.Core.Hardware;
using MoeLab.Offload.Analytic;
using MoeLab.Testing;
using static MoeLab.Offload.Tests.Analytic.AnalyticTestSupport;

namespace MoeLab.Offload.Tests.Analytic;

public class AnalyticComparisonTests
{
    private static readonly OffloadModelShape Mixtral = new(
        Layers: 32, ExpertsPerLayer: 8, TopK: 2, ExpertBytes: 3L * 4096 * 14336 * 2,
        ExpertFlopsPerToken: 2.0 * 3 * 4096 * 14336, AttentionFlopsPerToken: 2.0 * 4096 * 6144,
        ResidentBytesPerLayer: 2L * 4096 * 6144);

    [Fact]
    public void Compute_Defaults_HaveSeedAndTwoUniformRows()
    {
        var c = AnalyticComparison.Compute(Mixtral, HardwareProfiles.Get("rtx4090-pcie4"), 4);
        Assert.Equal(2, c.Corrected.Count);
        Assert.Equal(0.5, c.Seed.CachedFraction);
        Assert.Equal(0.25, c.Seed.MissProbability);
        Assert.True(c.Corrected[1].Throughput.SecondsPerToken <= c.Corrected[0].Throughput.SecondsPerToken);
    }

    [Fact]
    public void Compute_WithPopularityAndMeasuredRate_AddsCheAndMeasuredRows()
    {
        var pi = InclusionProbabilities(Zipf(8, 1.0), 2);
        var c = AnalyticComparison.Compute(Mixtral, HardwareProfiles.Get("t4"), 4, pi, measuredHitRate: 0.6, measuredLabel: "simulated LRU");
        Assert.Equal(4, c.Corrected.Count);
        Assert.Contains("Che", c.Corrected[2].Label);
        Assert.Equal(2 * 0.4, c.Corrected[3].Misses.ExpectedMisses, 12);
        Assert.StartsWith("simulated LRU", c.Corrected[3].Label);
    }

    [Theory]
    [InlineData("mixtral8x7b_gsm8k_routing.jsonl")]
    [InlineData("mixtral8x7b_humaneval_routing.jsonl")]
    public void RealMixtralTrace_PerLayerLruFourOfEight_MovesAboutThreeTimesTheSeedsPrediction(string file)
    {
        // Per-layer LRU (token batches) with 4 of 8 experts cached, over the real decode trace.
        var perLayer = ReadTracePerLayer(TestPaths.SharedFile("traces", file), 32);
        long misses = 0, needed = 0;
        foreach (var tokens in perLayer)
        {
            var lru = new LruReference(4);
            foreach (var experts in tokens) lru.RequestToken(experts);
            misses += lru.Misses;
            needed += lru.Hits + lru.Misses;
        }
        var layerTokens = needed / 2.0;
        var measuredMissesPerLayerToken = misses / layerTokens;
        var seed = Seed000OffloadModel.Predict(Mixtral, HardwareProfiles.Get("rtx4090-pcie4"), 4);
        var ratio = measuredMissesPerLayerToken / seed.MissProbability;
        // The seed predicts 0.25 expert moves per layer-token; uniform routing would give 1.0.
        Assert.InRange(ratio, 2.5, 4.0);
        // The corrected identity: expected misses = k·(1 − hit rate), with the measured hit rate.
        var hit = 1 - misses / (double)needed;
        Assert.Equal(measuredMissesPerLayerToken, CacheMissMath.ExpectedMisses(2, hit), 12);
    }
}
