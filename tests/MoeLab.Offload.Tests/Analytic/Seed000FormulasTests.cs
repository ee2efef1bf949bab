using MoeLab.Offload.Analytic;

namespace MoeLab.Offload.Tests.Analytic;

public class Seed000FormulasTests
{
    [Fact]
    public void MissProbability_IsProbabilityThatAllNeededExpertsMiss()
    {
        // Enumerate the 2^C outcomes of C independent experts each cached with probability p: the seed's
        // (1 − p)^C is exactly the mass of the single all-miss outcome.
        const double p = 0.3;
        const int c = 4;
        double allMiss = 0, expectedMisses = 0, anyMiss = 0;
        for (var mask = 0; mask < 1 << c; mask++)
        {
            var misses = c - System.Numerics.BitOperations.PopCount((uint)mask);
            var probability = Math.Pow(p, c - misses) * Math.Pow(1 - p, misses);
            if (misses == c) allMiss += probability;
            if (misses > 0) anyMiss += probability;
            expectedMisses += misses * probability;
        }
        Assert.Equal(allMiss, Seed000Formulas.MissProbability(p, c), 15);
        Assert.Equal(allMiss, CacheMissMath.ProbabilityAllMissIndependent(c, p), 15);
        Assert.Equal(anyMiss, CacheMissMath.ProbabilityAnyMissIndependent(c, p), 15);
        Assert.Equal(expectedMisses, CacheMissMath.ExpectedMisses(c, p), 14);
        // The seed's P_hit = 1 − (1 − p)^C is the chance of at least one HIT, not a hit rate.
        Assert.Equal(1 - allMiss, Seed000Formulas.HitProbability(p, c), 15);
    }

    [Fact]
    public void MissProbability_HalfCachedTopTwo_UnderstatesMissesThreeFold()
    {
        // 4 of 8 cached, top-2: seed says 0.25 "misses"; expected misses are 2·0.5 = 1 expert per layer-token
        // under independence (and exactly 1 under uniform routing: 2·(1 − 4/8)).
        Assert.Equal(0.25, Seed000Formulas.MissProbability(0.5, 2));
        Assert.Equal(1.0, CacheMissMath.ExpectedMisses(2, 0.5));
        Assert.Equal(1.0, MissDistribution.UniformRouting(8, 2, 4).ExpectedMisses, 14);
    }

    [Fact]
    public void PenaltyThroughputAlphaBetaGain_FollowTheSeedText()
    {
        Assert.Equal(0.25 * 1e9 / 25e9, Seed000Formulas.MissPenaltySeconds(0.25, 1e9, 25e9), 15);
        Assert.Equal(8 / (2e-3 + 1e-2), Seed000Formulas.Throughput(8, 2e-3, 1e-2), 9);
        Assert.Equal(3.0, Seed000Formulas.Alpha(8e-6, 1e-6), 14);
        Assert.Equal(Math.Log10(64e9) / Math.Log10(3.35e12), Seed000Formulas.Beta(64e9, 3.35e12), 14);
        Assert.Equal(Math.Pow(64, 2.0) / Math.Pow(1e6, 0.5), Seed000Formulas.PerformanceGain(64, 1e6, 2.0, 0.5), 9);
        Assert.Equal(Math.Exp(0.01 * 300), Seed000Formulas.CacheEfficiency(0.01, 300), 12);
    }

    [Fact]
    public void EffectiveBandwidth_PaperAndNotebookDisagree()
    {
        // Paper: bus·(1 − P_miss) + cache·P_hit. Notebook: bus·P_miss + cache·(1 − P_miss). With P_hit = 1 − P_miss:
        const double bus = 64e9, cache = 3e12, pMiss = 0.2;
        var printed = Seed000Formulas.EffectiveBandwidthAsPrinted(bus, cache, pMiss, 1 - pMiss);
        Assert.Equal(bus * 0.8 + cache * 0.8, printed, 3);
        var notebook = bus * pMiss + cache * (1 - pMiss);
        Assert.NotEqual(notebook, printed, 3);
    }
}
