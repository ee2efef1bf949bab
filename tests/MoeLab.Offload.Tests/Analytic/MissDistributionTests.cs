using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;
using static MoeLab.Offload.Tests.Analytic.AnalyticTestSupport;

namespace MoeLab.Offload.Tests.Analytic;

public class MissDistributionTests
{
    public static TheoryData<int, int, int> SmallCases() => new()
    {
        { 8, 2, 0 }, { 8, 2, 2 }, { 8, 2, 4 }, { 8, 2, 7 }, { 8, 2, 8 },
        { 10, 4, 3 }, { 12, 5, 6 }, { 16, 3, 1 }, { 9, 9, 4 },
    };

    [Theory]
    [MemberData(nameof(SmallCases))]
    public void UniformRouting_EqualsBruteForceOverAllSubsets(int n, int k, int cached)
    {
        // The cache holds experts 0 … c−1; count misses in every equally likely k-subset.
        var counts = new double[k + 1];
        var subsets = 0;
        foreach (var subset in Subsets(n, k))
        {
            counts[subset.Count(e => e >= cached)]++;
            subsets++;
        }
        var d = MissDistribution.UniformRouting(n, k, cached);
        for (var m = 0; m <= k; m++)
            Assert.Equal(counts[m] / subsets, d.Probabilities[m], 12);
    }

    [Theory]
    [MemberData(nameof(SmallCases))]
    public void UniformRouting_ClosedForms(int n, int k, int cached)
    {
        var d = MissDistribution.UniformRouting(n, k, cached);
        Assert.Equal(1.0, d.Probabilities.Sum(), 12);
        Assert.Equal(k * (1 - cached / (double)n), d.ExpectedMisses, 12);
        Assert.Equal(1 - Choose(cached, k) / Choose(n, k), d.ProbabilityAnyMiss, 12);
        // Hypergeometric variance of the hits (= of the misses): k·(c/N)·(1 − c/N)·(N − k)/(N − 1).
        var variance = n == 1 ? 0 : k * (cached / (double)n) * (1 - cached / (double)n) * (n - k) / (n - 1);
        Assert.Equal(variance, d.VarianceOfMisses, 12);
        Assert.Equal(cached / (double)n, d.HitRate, 12);
    }

    [Fact]
    public void UniformRouting_MonotoneInCacheSize()
    {
        for (var c = 1; c <= 64; c++)
        {
            var smaller = MissDistribution.UniformRouting(64, 6, c - 1);
            var larger = MissDistribution.UniformRouting(64, 6, c);
            Assert.True(larger.ExpectedMisses < smaller.ExpectedMisses);
            Assert.True(larger.ProbabilityAnyMiss <= smaller.ProbabilityAnyMiss);
            Assert.All(larger.Probabilities, p => Assert.InRange(p, 0.0, 1.0));
        }
    }

    [Fact]
    public void IndependentHits_IsBinomial()
    {
        var d = MissDistribution.IndependentHits(3, 0.6);
        // P(m) = C(3, m)·0.4^m·0.6^(3−m)
        Assert.Equal(0.216, d.Probabilities[0], 14);
        Assert.Equal(3 * 0.4 * 0.36, d.Probabilities[1], 14);
        Assert.Equal(3 * 0.16 * 0.6, d.Probabilities[2], 14);
        Assert.Equal(0.064, d.Probabilities[3], 14);
        Assert.Equal(1.2, d.ExpectedMisses, 14);
        Assert.Equal(1 - 0.216, d.ProbabilityAnyMiss, 14);
    }

    [Fact]
    public void Exactly_PutsAllMassOnOneCount()
    {
        var d = MissDistribution.Exactly(4, 3);
        Assert.Equal(3.0, d.ExpectedMisses);
        Assert.Equal(0.0, d.VarianceOfMisses);
    }

    [Theory]
    [InlineData(8, 0, 4)]
    [InlineData(8, 9, 4)]
    [InlineData(8, 2, 9)]
    [InlineData(8, 2, -1)]
    public void UniformRouting_ImpossibleShape_IsInvalidInput(int n, int k, int cached) =>
        Assert.Throws<InvalidInputException>(() => MissDistribution.UniformRouting(n, k, cached));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void IndependentHits_BadProbability_IsInvalidInput(double h) =>
        Assert.Throws<InvalidInputException>(() => MissDistribution.IndependentHits(2, h));
}
