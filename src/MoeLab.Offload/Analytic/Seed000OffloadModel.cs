using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>
/// SEED 000 MODEL applied to a concrete model and machine, so its prediction can sit beside the corrected
/// one. How MoeLab maps the seed's symbols (the seed does not say): P_cached = c/N (the cached fraction of a
/// layer's experts), C_exp = k, s_exp = expert bytes, bus = the profile's bus bandwidth, t_proc = one layer's
/// compute for one token (attention + k experts, from <see cref="UnitCosts"/>), t_cache_hit = expert bytes /
/// fast-tier bandwidth, t_cache_miss = one bus transfer of an expert, cache bandwidth = fast-tier bandwidth.
/// </summary>
/// <param name="CachedFraction">P_cached = c / N.</param>
/// <param name="MissProbability">The seed's P_miss = (1 − P_cached)^k.</param>
/// <param name="MissPenaltySeconds">The seed's x_miss = P_miss · s / bus.</param>
/// <param name="ProcessingSeconds">t_proc: one layer, one token, no misses.</param>
/// <param name="ThroughputExpertsPerSecond">The seed's Throughput = k / (t_proc + x_miss), in its own unit.</param>
/// <param name="ImpliedTokensPerSecond">What that implies if (t_proc + x_miss) is read as one layer's time per token: 1 / (L · (t_proc + x_miss)).</param>
/// <param name="ImpliedBytesMovedPerToken">What the seed implies is moved: L · P_miss · s (one expert per miss event).</param>
/// <param name="Alpha">α = log2(t_miss / t_hit).</param>
/// <param name="Beta">β = ln(bus) / ln(fast-tier bandwidth).</param>
/// <param name="PerformanceGain">N^α / s^β.</param>
public sealed record Seed000Prediction(
    double CachedFraction,
    double MissProbability,
    double MissPenaltySeconds,
    double ProcessingSeconds,
    double ThroughputExpertsPerSecond,
    double ImpliedTokensPerSecond,
    double ImpliedBytesMovedPerToken,
    double Alpha,
    double Beta,
    double PerformanceGain);

/// <summary>Evaluates <see cref="Seed000Formulas"/> on an <see cref="OffloadModelShape"/> and a <see cref="HardwareProfile"/>.</summary>
public static class Seed000OffloadModel
{
    public static Seed000Prediction Predict(OffloadModelShape shape, HardwareProfile hardware, int cachedExpertsPerLayer)
    {
        var costs = UnitCosts.For(shape, hardware);
        Preconditions.InRange(cachedExpertsPerLayer, 0, shape.ExpertsPerLayer, "cached_experts_per_layer");
        var cachedFraction = cachedExpertsPerLayer / (double)shape.ExpertsPerLayer;
        var pMiss = Seed000Formulas.MissProbability(cachedFraction, shape.TopK);
        var xMiss = Seed000Formulas.MissPenaltySeconds(pMiss, shape.ExpertBytes, hardware.BusBandwidthBytesPerSecond);
        var tProc = costs.AttentionSeconds + shape.TopK * costs.AcceleratorExpertSeconds;
        var alpha = Seed000Formulas.Alpha(costs.TransferSeconds, shape.ExpertBytes / hardware.FastTierBandwidthBytesPerSecond);
        var beta = Seed000Formulas.Beta(hardware.BusBandwidthBytesPerSecond, hardware.FastTierBandwidthBytesPerSecond);
        return new Seed000Prediction(
            CachedFraction: cachedFraction,
            MissProbability: pMiss,
            MissPenaltySeconds: xMiss,
            ProcessingSeconds: tProc,
            ThroughputExpertsPerSecond: Seed000Formulas.Throughput(shape.TopK, tProc, xMiss),
            ImpliedTokensPerSecond: 1 / (shape.Layers * (tProc + xMiss)),
            ImpliedBytesMovedPerToken: shape.Layers * pMiss * shape.ExpertBytes,
            Alpha: alpha,
            Beta: beta,
            PerformanceGain: Seed000Formulas.PerformanceGain(shape.ExpertsPerLayer, shape.ExpertBytes, alpha, beta));
    }
}
