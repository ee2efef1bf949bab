using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>
/// SEED 000 MODEL — the notebook's <c>UnifiedMemSystemConfig</c> ("based on the GH200 NVL2"), reproduced
/// formula for formula with the notebook's constants: per-SM L1 (128 KiB, 4-way, 80 GiB/s per SM), an L2 of
/// 1 MiB per core (16-way, 2.3 TiB/s), 288 GiB of "HBM3" at 9.8 TiB/s, and a NUMA factor of 4 nodes with a
/// 25 % cross-node penalty. Its miss penalty is a latency-weighted sum that does not use the bus at all, and
/// its cache probability is clamped at 0.99 — both as in the notebook.
/// </summary>
/// <param name="Cores">cores (used as the number of SMs, as the notebook does).</param>
/// <param name="CacheBytes">cache_size (stored but unused by the notebook's formulas).</param>
/// <param name="BusBandwidthBytesPerSecond">bus_bandwidth (NVLink-C2C).</param>
/// <param name="CacheBandwidthBytesPerSecond">cache_bandwidth.</param>
/// <param name="CacheHitLatencySeconds">cache_hit_latency.</param>
/// <param name="CacheMissLatencySeconds">cache_miss_latency.</param>
public sealed record NotebookUnifiedMemorySystem(
    int Cores,
    long CacheBytes,
    double BusBandwidthBytesPerSecond,
    double CacheBandwidthBytesPerSecond,
    double CacheHitLatencySeconds,
    double CacheMissLatencySeconds) : INotebookSystemModel
{
    private const long KiB = 1024, MiB = 1024 * KiB, GiB = 1024 * MiB;
    private const double TiB = 1024.0 * GiB;

    public const long L1BytesPerSm = 128 * KiB;
    public const int L1Associativity = 4;
    public const double L1BandwidthBytesPerSecondPerSm = 80.0 * GiB;
    public const long L2BytesPerCore = 1 * MiB;
    public const int L2Associativity = 16;
    public const double L2BandwidthBytesPerSecond = 2.3 * TiB;
    public const long HbmBytes = 288 * GiB;
    public const double HbmBandwidthBytesPerSecond = 9.8 * TiB;
    public const int NumaNodes = 4;
    public const double CrossNodePenalty = 0.25;

    // The notebook's fixed access times in _unified_miss_penalty.
    public const double L1AccessSeconds = 5e-9, L2AccessSeconds = 30e-9, HbmAccessSeconds = 100e-9;

    /// <summary>The notebook's defaults: 144 cores, 1 MiB, 900 GiB/s NVLink-C2C, 9.8 TiB/s, 30 ns hit, 100 ns miss.</summary>
    public static NotebookUnifiedMemorySystem Gh200Nvl2 { get; } = new(
        Cores: 144,
        CacheBytes: 1 * MiB,
        BusBandwidthBytesPerSecond: 900.0 * GiB,
        CacheBandwidthBytesPerSecond: 9.8 * TiB,
        CacheHitLatencySeconds: 30e-9,
        CacheMissLatencySeconds: 100e-9);

    public string Name => "seed 000 model: notebook UnifiedMemSystemConfig (GH200 NVL2)";

    public double Alpha => Seed000Formulas.Alpha(CacheMissLatencySeconds, CacheHitLatencySeconds);

    public double Beta => Seed000Formulas.Beta(BusBandwidthBytesPerSecond, CacheBandwidthBytesPerSecond);

    /// <summary><c>_calculate_l1_probability</c>.</summary>
    public double L1Probability(NotebookMoeConfig config)
    {
        CheckTiered(config);
        var sets = L1BytesPerSm / config.ExpertBytes / L1Associativity;
        if (sets == 0) return 0.0;
        return 1 - Math.Exp(-(config.NumExperts / (double)(sets * Cores)));
    }

    /// <summary><c>_calculate_l2_probability</c>.</summary>
    public double L2Probability(NotebookMoeConfig config)
    {
        CheckTiered(config);
        var sets = L2BytesPerCore * Cores / config.ExpertBytes / L2Associativity;
        if (sets == 0) return 0.0;
        return 1 - Math.Exp(-(config.NumExperts / (double)sets));
    }

    /// <summary><c>_calculate_hbm_probability</c>.</summary>
    public double HbmProbability(NotebookMoeConfig config)
    {
        CheckTiered(config);
        return Math.Min(1.0, (HbmBytes / config.ExpertBytes) / (double)config.NumExperts);
    }

    /// <summary>The notebook's NUMA "unification factor": <c>1 − 0.25·(1 − 1/4)</c> = 0.8125.</summary>
    public static double NumaFactor => 1 - CrossNodePenalty * (1 - 1.0 / NumaNodes);

    public double CacheProbability(NotebookMoeConfig config)
    {
        var p1 = L1Probability(config);
        var p2 = L2Probability(config);
        var pHbm = HbmProbability(config);
        return Math.Min(0.99, p1 + (1 - p1) * (p2 + (1 - p2) * pHbm * NumaFactor));
    }

    public double ForwardExpertsMissProbability(NotebookMoeConfig config) =>
        Math.Pow(1 - CacheProbability(config), config.ExpertsPerForward);

    /// <summary><c>_unified_miss_penalty</c>: 5 ns·p1 + 30 ns·p2·(1−p1) + 100 ns·p_hbm·(1−p1)(1−p2).</summary>
    public double MissPenaltySeconds(NotebookMoeConfig config)
    {
        var p1 = L1Probability(config);
        var p2 = L2Probability(config);
        var pHbm = HbmProbability(config);
        return L1AccessSeconds * p1 + L2AccessSeconds * p2 * (1 - p1) + HbmAccessSeconds * pHbm * (1 - p1) * (1 - p2);
    }

    public double PerformanceGain(NotebookMoeConfig config) =>
        Seed000Formulas.PerformanceGain(config.NumExperts, config.ExpertBytes, Alpha, Beta);

    /// <summary><c>_effective_bandwidth</c>: tier bandwidths weighted by the tier probabilities, times a NUMA penalty <c>1 − 0.25·(1 − √p1)</c>.</summary>
    public double EffectiveBandwidthBytesPerSecond(NotebookMoeConfig config)
    {
        var p1 = L1Probability(config);
        var p2 = L2Probability(config);
        var pHbm = HbmProbability(config);
        var numaPenalty = 1 - CrossNodePenalty * (1 - Math.Pow(p1, 0.5));
        return (L1BandwidthBytesPerSecondPerSm * Cores * p1
                + L2BandwidthBytesPerSecond * p2 * (1 - p1)
                + HbmBandwidthBytesPerSecond * pHbm * (1 - p1) * (1 - p2)) * numaPenalty;
    }

    public double Throughput(NotebookMoeConfig config, double processingSeconds) =>
        Seed000Formulas.Throughput(config.ExpertsPerForward, processingSeconds, MissPenaltySeconds(config));

    // The notebook divides by the expert size here (ZeroDivisionError in Python); say so instead.
    private static void CheckTiered(NotebookMoeConfig config) =>
        Preconditions.Positive(config.Validate().ExpertBytes, "expert_size");
}
