using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>One expert granularity g: the model with every expert split g ways, and what each model predicts.</summary>
/// <param name="Granularity">g.</param>
/// <param name="ExpertsPerLayer">N·g.</param>
/// <param name="TopK">k·g.</param>
/// <param name="ExpertBytes">s / g.</param>
/// <param name="CachedExpertsPerLayer">c·g (same cached bytes).</param>
/// <param name="ExpectedMissesPerLayerToken">Exact (hypergeometric) expected misses: k·g·(1 − c/N).</param>
/// <param name="ExpectedBytesMovedPerLayerToken">Exact expected bytes moved: k·(1 − c/N)·s — independent of g.</param>
/// <param name="ProbabilityAnyMiss">Exact P(at least one miss) for the layer.</param>
/// <param name="Throughput">Corrected tokens/s model with the exact miss distribution.</param>
/// <param name="Seed">The seed-000 model's numbers for the same split.</param>
public sealed record GranularityRow(
    int Granularity,
    int ExpertsPerLayer,
    int TopK,
    long ExpertBytes,
    int CachedExpertsPerLayer,
    double ExpectedMissesPerLayerToken,
    double ExpectedBytesMovedPerLayerToken,
    double ProbabilityAnyMiss,
    ThroughputPrediction Throughput,
    Seed000Prediction Seed)
{
    /// <summary>What the seed says is moved per layer-token: P_miss · s/g.</summary>
    public double SeedBytesMovedPerLayerToken => Seed.MissProbability * ExpertBytes;
}

/// <summary>
/// Expert granularity at fixed total, active and cached bytes, under independent uniform routing.
/// <para>
/// Split each expert g ways: N·g experts of s/g bytes, k·g used per token, c·g cached. A needed fine expert is
/// cached with probability c·g / (N·g) = c/N whatever g is, so by linearity the expected misses are k·g·(1 − c/N)
/// and the expected bytes moved k·g·(1 − c/N)·s/g = k·(1 − c/N)·s: unchanged. What g does change: the number
/// of transfers (×g, each paying the bus latency), the spread of the misses, and P(any miss) → 1. The seed's
/// P_miss = (1 − c/N)^(k·g) instead falls exponentially in g — its "exponential gain" is a property of the
/// formula, not of the cache. Any real gain from finer experts has to come from routing locality and skew,
/// which this analysis excludes by construction (the simulator measures it on traces).
/// </para>
/// </summary>
public static class GranularityAnalysis
{
    /// <summary>1, 2, 4, … up to <paramref name="max"/>.</summary>
    public static IReadOnlyList<int> PowersOfTwo(int max)
    {
        Preconditions.Positive(max, "max_granularity");
        var list = new List<int>();
        for (long g = 1; g <= max; g *= 2) list.Add((int)g); // long: doubling past 2³⁰ must end the loop, not wrap
        return list;
    }

    public static IReadOnlyList<GranularityRow> UniformRouting(
        OffloadModelShape shape, HardwareProfile hardware, int cachedExpertsPerLayer, IEnumerable<int> granularities,
        MissHandling handling = MissHandling.Transfer)
    {
        shape.Validate();
        Preconditions.InRange(cachedExpertsPerLayer, 0, shape.ExpertsPerLayer, "cached_experts_per_layer");
        var rows = new List<GranularityRow>();
        foreach (var g in granularities)
        {
            var split = shape.SplitExperts(g);
            var cached = checked(cachedExpertsPerLayer * g);
            var misses = MissDistribution.UniformRouting(split.ExpertsPerLayer, split.TopK, cached);
            rows.Add(new GranularityRow(
                Granularity: g,
                ExpertsPerLayer: split.ExpertsPerLayer,
                TopK: split.TopK,
                ExpertBytes: split.ExpertBytes,
                CachedExpertsPerLayer: cached,
                ExpectedMissesPerLayerToken: misses.ExpectedMisses,
                ExpectedBytesMovedPerLayerToken: misses.ExpectedMisses * split.ExpertBytes,
                ProbabilityAnyMiss: misses.ProbabilityAnyMiss,
                Throughput: TokenThroughputModel.Predict(split, hardware, misses, handling),
                Seed: Seed000OffloadModel.Predict(split, hardware, cached)));
        }
        return rows;
    }
}
