namespace MoeLab.Offload.Analytic;

/// <summary>
/// SEED 000 MODEL — the formulas of "Novel Scaling Laws for MoE Architectures: A Theoretical Analysis"
/// (seeds/000), exactly as written, for side-by-side comparison. They are NOT a correct model of an expert
/// cache; see <see cref="CacheMissMath"/>, <see cref="MissDistribution"/>, <see cref="CheApproximation"/> and
/// <see cref="TokenThroughputModel"/> for what is.
/// <para>
/// Known problems, kept deliberately: <c>(1 − P_cached)^C</c> is the probability that all C needed experts
/// miss, not a miss rate; <c>N_active / (t_proc + x_miss)</c> divides a count of experts by a time that mixes
/// per-expert and per-pass quantities; α and β are not derived from any cache behaviour; the paper's effective
/// bandwidth weights the bus by (1 − P_miss) where its own notebook weights it by P_miss.
/// </para>
/// </summary>
public static class Seed000Formulas
{
    /// <summary>Seed §2.1: <c>P_miss = (1 − P_cached)^C_exp</c>.</summary>
    public static double MissProbability(double cachedFraction, int expertsPerForward) =>
        Math.Pow(1 - cachedFraction, expertsPerForward);

    /// <summary>Seed §2.2: <c>P_hit = 1 − (1 − P_cached)^C_exp</c>.</summary>
    public static double HitProbability(double cachedFraction, int expertsPerForward) =>
        1 - MissProbability(cachedFraction, expertsPerForward);

    /// <summary>Seed §2.1: <c>x_miss = P_miss · s_exp / bus</c>, seconds.</summary>
    public static double MissPenaltySeconds(double missProbability, double expertBytes, double busBandwidthBytesPerSecond) =>
        missProbability * (expertBytes / busBandwidthBytesPerSecond);

    /// <summary>
    /// Seed §2.3: <c>Throughput = N_active / (t_proc + x_miss)</c>. The unit is "active experts per second" as
    /// the seed writes it; it is not tokens per second.
    /// </summary>
    public static double Throughput(int activeExperts, double processingSeconds, double missPenaltySeconds) =>
        activeExperts / (processingSeconds + missPenaltySeconds);

    /// <summary>Seed §2.2: <c>α = log2(t_cache_miss / t_cache_hit)</c>.</summary>
    public static double Alpha(double cacheMissSeconds, double cacheHitSeconds) =>
        Math.Log2(cacheMissSeconds / cacheHitSeconds);

    /// <summary>Seed §2.2: <c>β = log(bus_bandwidth) / log(cache_bandwidth)</c> (natural logs of bytes/s; the ratio does not depend on the base).</summary>
    public static double Beta(double busBandwidthBytesPerSecond, double cacheBandwidthBytesPerSecond) =>
        Math.Log(busBandwidthBytesPerSecond) / Math.Log(cacheBandwidthBytesPerSecond);

    /// <summary>Seed §1.1: <c>Performance Gain ∝ N_total^α / s_exp^β</c> (proportionality constant 1, as in the notebook).</summary>
    public static double PerformanceGain(double totalExperts, double expertBytes, double alpha, double beta) =>
        Math.Pow(totalExperts, alpha) / Math.Pow(expertBytes, beta);

    /// <summary>Seed §2.2: <c>Cache Efficiency ∝ exp(k · N_total)</c>; the seed never gives k.</summary>
    public static double CacheEfficiency(double k, double totalExperts) => Math.Exp(k * totalExperts);

    /// <summary>
    /// Seed §2.3 as printed in the paper: <c>bus · (1 − P_miss) + cache_bandwidth · P_hit</c>.
    /// (The notebook computes <c>bus · P_miss + cache_bandwidth · (1 − P_miss)</c> instead; see
    /// <see cref="NotebookGpuSystem.EffectiveBandwidthBytesPerSecond"/>.)
    /// </summary>
    public static double EffectiveBandwidthAsPrinted(
        double busBandwidthBytesPerSecond, double cacheBandwidthBytesPerSecond, double missProbability, double hitProbability) =>
        busBandwidthBytesPerSecond * (1 - missProbability) + cacheBandwidthBytesPerSecond * hitProbability;
}
