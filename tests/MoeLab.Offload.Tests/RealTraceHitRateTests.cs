using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Tests.Reference;
using MoeLab.Offload.Traces;
using MoeLab.Testing;

namespace MoeLab.Offload.Tests;

/// <summary>
/// What the real Mixtral-8x7B traces hold, and the seed claim measured on them (exact per-layer hit counts of
/// every policy are in <see cref="StepAtomicReferenceTests"/>).
/// </summary>
public sealed class RealTraceHitRateTests
{
    private static readonly TraceShape Mixtral = new(32, 8, 2);

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
        // Everything read is accounted for: kept tokens × 32 layers + records of the dropped tokens = lines.
        Assert.Equal(31 + 23 + 27, gsm.DroppedIncompleteRecords);
        Assert.Equal(File.ReadLines(TestPaths.SharedFile("traces", "mixtral8x7b_gsm8k_routing.jsonl")).Count(), gsm.TokenCount * 32 + gsm.DroppedIncompleteRecords);
        Assert.Equal(31 + 25 + 31 + 24 + 12, humaneval.DroppedIncompleteRecords);
        Assert.Equal(File.ReadLines(TestPaths.SharedFile("traces", "mixtral8x7b_humaneval_routing.jsonl")).Count(), humaneval.TokenCount * 32 + humaneval.DroppedIncompleteRecords);
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
        var tokens = StepAtomicReference.LoadTokens(path, 32);
        var hits = Enumerable.Range(0, 32).Sum(l => StepAtomicReference.Hits("lru", StepAtomicReference.LayerSteps(tokens, l), 4));
        var total = tokens.Count * 32 * 2;
        var tokenLayers = total / 2.0;

        var result = CacheReplay.Run(RequestStream.FromTrace(JsonlTraceFormat.Read(path, Mixtral)), CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(4), 1);
        var movedPerTokenLayer = result.Counters.Misses / tokenLayers;
        var seedPrediction = Math.Pow(1 - 4 / 8.0, 2);

        Assert.Equal(total - hits, result.Counters.Misses);
        Assert.InRange(movedPerTokenLayer / seedPrediction, 3.0, 3.5);
    }
}
