using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>
/// SEED 000 MODEL — the notebook's <c>GPUSystemConfig</c> (wrmedford/moe-scaling <c>notebook/scaling.py</c>),
/// reproduced formula for formula, including its integer floor divisions, its fixed 8-way "associativity",
/// its "temporal locality correction" <c>0.15·ln(bandwidth / 1e9)</c> and its clamp to [0.01, 0.99].
/// <para>
/// What it computes is not Che's approximation, whatever the notebook's docstring says: there are no request
/// rates, <c>λ = N / (sets·8)</c> is experts per cache block, and the result <em>falls</em> as the model gets
/// more experts. <see cref="CheApproximation"/> is the real one.
/// </para>
/// </summary>
/// <param name="GpuMemoryBytes">gpu_mem_size.</param>
/// <param name="BusBandwidthBytesPerSecond">gpu_bus_bw.</param>
/// <param name="GpuBandwidthBytesPerSecond">gpu_bandwidth.</param>
/// <param name="HitLatencySeconds">gpu_hit_latency.</param>
/// <param name="MissLatencySeconds">gpu_miss_latency.</param>
public sealed record NotebookGpuSystem(
    long GpuMemoryBytes,
    double BusBandwidthBytesPerSecond,
    double GpuBandwidthBytesPerSecond,
    double HitLatencySeconds,
    double MissLatencySeconds) : INotebookSystemModel
{
    /// <summary>The notebook's fixed "typical modern cache associativity".</summary>
    public const int Associativity = 8;

    /// <summary>
    /// The notebook's own instance (cell "system config for GPU based system"): "a single H100 NVL",
    /// 94 GiB, bus 128 GiB/s, 3.9 TiB/s, hit 100 ns, miss 10 µs — binary units, as the notebook writes them.
    /// </summary>
    public static NotebookGpuSystem H100Nvl { get; } = new(
        GpuMemoryBytes: 94L * 1024 * 1024 * 1024,
        BusBandwidthBytesPerSecond: 128.0 * 1024 * 1024 * 1024,
        GpuBandwidthBytesPerSecond: 3.9 * 1024 * 1024 * 1024 * 1024,
        HitLatencySeconds: 1e-7,
        MissLatencySeconds: 1e-5);

    public string Name => "seed 000 model: notebook GPUSystemConfig (H100 NVL)";

    public double Alpha => Seed000Formulas.Alpha(MissLatencySeconds, HitLatencySeconds);

    public double Beta => Seed000Formulas.Beta(BusBandwidthBytesPerSecond, GpuBandwidthBytesPerSecond);

    /// <summary>The notebook's "temporal locality correction factor (empirically derived)".</summary>
    public double TemporalLocalityCorrection => 0.15 * Math.Log(GpuBandwidthBytesPerSecond / 1e9);

    public double CacheProbability(NotebookMoeConfig config)
    {
        config.Validate();
        if (config.ExpertBytes == 0 || GpuMemoryBytes == 0) return 0.0;
        var cacheBlocks = GpuMemoryBytes / config.ExpertBytes;   // Python `//` on non-negative ints
        var sets = cacheBlocks / Associativity;
        if (sets == 0) return 0.0;
        var lambda = config.NumExperts / (double)(sets * Associativity);
        var pHit = 1 - Math.Exp(-lambda);
        return 1 - Math.Min(0.99, Math.Max(0.01, pHit * (1 + TemporalLocalityCorrection)));
    }

    public double ForwardExpertsMissProbability(NotebookMoeConfig config) =>
        Math.Pow(1 - CacheProbability(config), config.ExpertsPerForward);

    public double MissPenaltySeconds(NotebookMoeConfig config) =>
        Seed000Formulas.MissPenaltySeconds(ForwardExpertsMissProbability(config), config.ExpertBytes, BusBandwidthBytesPerSecond);

    public double PerformanceGain(NotebookMoeConfig config) =>
        Seed000Formulas.PerformanceGain(config.NumExperts, config.ExpertBytes, Alpha, Beta);

    /// <summary>The notebook's version: <c>bus · p_miss + gpu_bandwidth · (1 − p_miss)</c> (the paper prints <c>bus · (1 − P_miss)</c>).</summary>
    public double EffectiveBandwidthBytesPerSecond(NotebookMoeConfig config)
    {
        var pMiss = ForwardExpertsMissProbability(config);
        return BusBandwidthBytesPerSecond * pMiss + GpuBandwidthBytesPerSecond * (1 - pMiss);
    }

    public double Throughput(NotebookMoeConfig config, double processingSeconds) =>
        Seed000Formulas.Throughput(config.ExpertsPerForward, processingSeconds, MissPenaltySeconds(config));

    /// <summary>Checks the parameters a user supplies for a custom instance.</summary>
    public NotebookGpuSystem Validate()
    {
        Preconditions.NonNegative(GpuMemoryBytes, "gpu_mem_size");
        Preconditions.Positive(BusBandwidthBytesPerSecond, "gpu_bus_bw");
        Preconditions.Positive(GpuBandwidthBytesPerSecond, "gpu_bandwidth");
        Preconditions.Positive(HitLatencySeconds, "gpu_hit_latency");
        Preconditions.Positive(MissLatencySeconds, "gpu_miss_latency");
        return this;
    }
}
