using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Tests.Reference;
using MoeLab.Offload.Traces;
using MoeLab.Testing;

namespace MoeLab.Offload.Tests;

/// <summary>
/// Per-layer hit counts on the two real Mixtral-8x7B traces, for 2–7 cached experts of 8, pinned against
/// <see cref="BruteForceCache"/> (independent parsing, plain-list policies).
/// </summary>
public sealed class RealTraceHitRateTests
{
    private static readonly TraceShape Mixtral = new(32, 8, 2);

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var file in new[] { "mixtral8x7b_gsm8k_routing.jsonl", "mixtral8x7b_humaneval_routing.jsonl" })
            foreach (var policy in new[] { "lru", "lfu", "fifo", "opt" })
                for (var c = 2; c <= 7; c++)
                    data.Add(file, policy, c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PerLayerHits_RealMixtralTrace_EqualBruteForceReference(string file, string policy, int cachedExperts)
    {
        var path = TestPaths.SharedFile("traces", file);
        var expected = BruteForceCache.LoadPerLayerRequests(path, 32).Select(requests => policy switch
        {
            "lru" => BruteForceCache.LruHits(requests, cachedExperts),
            "lfu" => BruteForceCache.LfuHits(requests, cachedExperts),
            "fifo" => BruteForceCache.FifoHits(requests, cachedExperts),
            _ => BruteForceCache.BeladyHits(requests, cachedExperts),
        }).Select(h => (long)h).ToArray();

        var trace = JsonlTraceFormat.Read(path, Mixtral);
        var cache = new ExpertCache(Mixtral, CacheCapacity.InExperts(cachedExperts), expertBytes: 1, CachePolicySpec.Parse(policy), hasNextUse: true);
        var stream = RequestStream.FromTrace(trace);
        for (var t = 0; t < stream.StepCount; t++)
            for (var l = 0; l < 32; l++)
            {
                var ex = stream.ExpertsAt(t, l);
                for (var i = 0; i < ex.Length; i++) cache.Access(l, ex[i], stream.NextUse[stream.FirstRequestAt(t, l) + i]);
            }

        Assert.Equal(expected, cache.HitsByLayer.ToArray());
    }

    [Fact]
    public void Reader_RealTraces_DropOnlyThePartlyRecordedLastTokens()
    {
        var gsm = JsonlTraceFormat.Read(TestPaths.SharedFile("traces", "mixtral8x7b_gsm8k_routing.jsonl"), Mixtral);
        var humaneval = JsonlTraceFormat.Read(TestPaths.SharedFile("traces", "mixtral8x7b_humaneval_routing.jsonl"), Mixtral);
        // gsm8k: problem 0 has tokens 0..167 (166 and 167 incomplete), problem 1 has 0..78 (78 incomplete).
        Assert.Equal(166 + 78, gsm.TokenCount);
        Assert.Equal(3, gsm.DroppedIncompleteTokens);
        // humaneval: problem 0 has 0..82 (81, 82 incomplete), problem 1 has 0..254 (252–254 incomplete).
        Assert.Equal(81 + 252, humaneval.TokenCount);
        Assert.Equal(5, humaneval.DroppedIncompleteTokens);
        Assert.Equal(["gsm8k/0", "gsm8k/1"], gsm.SequenceNames);
        Assert.True(gsm.HasGateProbabilities);
    }

    /// <summary>
    /// DESIGN.md: "per-layer LRU with 4 of 8 experts cached moves about 3× more experts than the seed's formula
    /// predicts". The seed's (1 − 4/8)^2 = 0.25 experts per token-layer against LRU's measured 2·(1 − hit rate).
    /// </summary>
    [Theory]
    [InlineData("mixtral8x7b_gsm8k_routing.jsonl")]
    [InlineData("mixtral8x7b_humaneval_routing.jsonl")]
    public void SeedFormula_LruFourOfEight_UnderestimatesExpertsMovedAboutThreefold(string file)
    {
        var path = TestPaths.SharedFile("traces", file);
        var requests = BruteForceCache.LoadPerLayerRequests(path, 32);
        var hits = requests.Sum(r => BruteForceCache.LruHits(r, 4));
        var total = requests.Sum(r => r.Count);
        var tokenLayers = total / 2.0;

        var result = CacheReplay.Run(RequestStream.FromTrace(JsonlTraceFormat.Read(path, Mixtral)), CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(4), 1);
        var movedPerTokenLayer = result.Counters.Misses / tokenLayers;
        var seedPrediction = Math.Pow(1 - 4 / 8.0, 2);

        Assert.Equal(total - hits, result.Counters.Misses);
        Assert.InRange(movedPerTokenLayer / seedPrediction, 3.0, 3.5);
    }
}
