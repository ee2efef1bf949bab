using MoeLab.Offload.Analytic;

namespace MoeLab.Offload.Tests.Analytic;

/// <summary>
/// The seed-000 notebook's GPUSystemConfig on its own H100 NVL parameters. Expected values are either expanded
/// by hand below, step by step from the notebook's source, or (marked "CPython") were printed by running the
/// notebook's own scaling.py classes under CPython 3 with the listed MoEConfig — the reference implementation,
/// not this code.
/// </summary>
public partial class NotebookModelTests
{
    private static readonly NotebookGpuSystem H100 = NotebookGpuSystem.H100Nvl;

    // A Mixtral-8x7B expert in bf16: 3 matrices of 4096 × 14336.
    private const long MixtralExpertBytes = 3L * 4096 * 14336 * 2;

    [Fact]
    public void H100Nvl_Parameters_AreTheNotebooks()
    {
        Assert.Equal(94L * 1073741824, H100.GpuMemoryBytes);
        Assert.Equal(128 * 1073741824.0, H100.BusBandwidthBytesPerSecond);
        Assert.Equal(3.9 * 1099511627776.0, H100.GpuBandwidthBytesPerSecond);
        Assert.Equal(1e-7, H100.HitLatencySeconds);
        Assert.Equal(1e-5, H100.MissLatencySeconds);
    }

    [Fact]
    public void H100Nvl_AlphaAndBeta_MatchHandExpansion()
    {
        // α = log2(1e-5 / 1e-7) = log2(100); β = ln(128·2^30) / ln(3.9·2^40) = 37·ln2 / (ln 3.9 + 40·ln2).
        Assert.Equal(Math.Log(100) / Math.Log(2), H100.Alpha, 12);
        Assert.Equal(37 * Math.Log(2) / (Math.Log(3.9) + 40 * Math.Log(2)), H100.Beta, 12);
        // CPython: 6.643856189774725, 0.8817191801300571
        Assert.Equal(6.643856189774725, H100.Alpha, 13);
        Assert.Equal(0.8817191801300571, H100.Beta, 13);
    }

    [Fact]
    public void H100Nvl_MixtralExpert_CacheProbabilityMatchesHandExpansion()
    {
        // blocks = ⌊94·2^30 / 352,321,536⌋ = ⌊286.48⌋ = 286; sets = ⌊286 / 8⌋ = 35; λ = 8 / (35·8) = 1/35.
        Assert.Equal(286L, 94L * 1073741824 / MixtralExpertBytes);
        var pHit = 1 - Math.Exp(-1.0 / 35);
        var correction = 0.15 * Math.Log(3.9 * 1099511627776.0 / 1e9);
        var expected = 1 - Math.Clamp(pHit * (1 + correction), 0.01, 0.99);
        var config = new NotebookMoeConfig(8, MixtralExpertBytes, 2);
        Assert.Equal(expected, H100.CacheProbability(config), 14);
        Assert.Equal(0.9364960987864689, H100.CacheProbability(config), 14); // CPython
    }

    [Fact]
    public void H100Nvl_MixtralExpert_DerivedQuantitiesMatchNotebook()
    {
        var config = new NotebookMoeConfig(8, MixtralExpertBytes, 2);
        var p = H100.CacheProbability(config);
        var pMiss = (1 - p) * (1 - p);
        Assert.Equal(pMiss, H100.ForwardExpertsMissProbability(config), 15);
        Assert.Equal(pMiss * MixtralExpertBytes / (128 * 1073741824.0), H100.MissPenaltySeconds(config), 15);
        Assert.Equal(Math.Pow(8, H100.Alpha) / Math.Pow(MixtralExpertBytes, H100.Beta), H100.PerformanceGain(config), 12);
        // CPython, same config, processing_time = 1 ms.
        Assert.Equal(0.004032745469337918, H100.ForwardExpertsMissProbability(config), 15);
        AssertRelative(1.0337848493175815e-05, H100.MissPenaltySeconds(config));
        Assert.Equal(0.029107156716136125, H100.PerformanceGain(config), 12);
        Assert.Equal(4271356807555.2725, H100.EffectiveBandwidthBytesPerSecond(config), 1e-3);
        Assert.Equal(1979.5358582110057, H100.Throughput(config, 1e-3), 9);
    }

    [Theory]
    // CPython values for (num_experts, expert_size, experts_per_forward).
    [InlineData(64L, 1048576L, 8, 0.99, 1.0000000000000071e-16, 4914978.026605967, 4288095348326.3994, 8000.0)]
    [InlineData(256L, 8388608L, 8, 0.9525377781358457, 2.575043209749689e-11, 7856874528.25379, 4288095348219.5186, 7999.999999987426)]
    [InlineData(1000000L, 1048576L, 8, 0.010000000000000009, 0.9227446944279201, 3.5863999451885173e+34, 458099181581.1843, 7944.073852542289)]
    [InlineData(8L, 214748364800L, 2, 0.0, 1.0, 0.00010195771401470359, 137438953472.0, 1.2791813239526704)]
    public void H100Nvl_NotebookOutputs_AreReproduced(
        long experts, long bytes, int k, double cacheP, double missP, double gain, double effBw, double throughput)
    {
        var config = new NotebookMoeConfig(experts, bytes, k);
        AssertRelative(cacheP, H100.CacheProbability(config));
        AssertRelative(missP, H100.ForwardExpertsMissProbability(config));
        AssertRelative(gain, H100.PerformanceGain(config));
        AssertRelative(effBw, H100.EffectiveBandwidthBytesPerSecond(config));
        AssertRelative(throughput, H100.Throughput(config, 1e-3));
    }

    [Fact]
    public void H100Nvl_ClampsAtBothEnds_AsTheNotebookDoes()
    {
        // Few experts per cache block: p_hit·(1+corr) is tiny, clamped up to 0.01 → p_cached = 0.99.
        Assert.Equal(0.99, H100.CacheProbability(new NotebookMoeConfig(64, 1048576, 8)), 15);
        // Many experts: clamped down to 0.99 → p_cached = 0.01.
        Assert.Equal(0.01, H100.CacheProbability(new NotebookMoeConfig(1_000_000, 1048576, 8)), 15);
        // Expert bigger than 8 blocks' worth of memory: no sets → 0.
        Assert.Equal(0.0, H100.CacheProbability(new NotebookMoeConfig(8, 200L << 30, 2)));
        Assert.Equal(0.0, H100.CacheProbability(new NotebookMoeConfig(8, 0, 2)));
    }

    [Fact]
    public void H100Nvl_CacheProbability_FallsAsExpertsAreAdded_UnlikeACache()
    {
        // The notebook's "Che" grows λ with N, so more experts in the model means each is more often cached
        // — no: less often. A real cache of fixed bytes holds the same fraction c/N either way.
        var fewer = H100.CacheProbability(new NotebookMoeConfig(256, 8388608, 8));
        var more = H100.CacheProbability(new NotebookMoeConfig(4096, 8388608, 8));
        Assert.True(more < fewer);
    }

    private static void AssertRelative(double expected, double actual, double tolerance = 1e-12)
    {
        if (expected == 0) Assert.Equal(0.0, actual, 15);
        else Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"expected {expected:R}, got {actual:R}");
    }
}
