using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>
/// The <c>MoEConfig</c> of the seed-000 notebook (wrmedford/moe-scaling <c>notebook/scaling.py</c>): experts per
/// layer, bytes per expert, experts used per forward pass.
/// </summary>
public sealed record NotebookMoeConfig(long NumExperts, long ExpertBytes, int ExpertsPerForward)
{
    public NotebookMoeConfig Validate()
    {
        Preconditions.Positive(NumExperts, "num_experts");
        Preconditions.NonNegative(ExpertBytes, "expert_size");
        Preconditions.Positive(ExpertsPerForward, "experts_per_forward");
        return this;
    }
}

/// <summary>
/// One of the notebook's two system models (SEED 000 MODEL). The members mirror the notebook's
/// <c>calculate_*</c> methods one to one, with the notebook's own formulas and constants.
/// </summary>
public interface INotebookSystemModel
{
    /// <summary>Display name, labelled as the seed's.</summary>
    string Name { get; }

    /// <summary>The notebook's α = log2(miss latency / hit latency).</summary>
    double Alpha { get; }

    /// <summary>The notebook's β = ln(bus bandwidth) / ln(cache bandwidth).</summary>
    double Beta { get; }

    /// <summary><c>calculate_cache_probability</c>: the notebook's "probability of an expert being in cache".</summary>
    double CacheProbability(NotebookMoeConfig config);

    /// <summary><c>calculate_forward_experts_miss_probability</c>: <c>(1 − p_cached)^experts_per_forward</c>.</summary>
    double ForwardExpertsMissProbability(NotebookMoeConfig config);

    /// <summary><c>calculate_miss_penalty</c>, seconds.</summary>
    double MissPenaltySeconds(NotebookMoeConfig config);

    /// <summary><c>calculate_performance_gain</c>: <c>N^α / s^β</c>.</summary>
    double PerformanceGain(NotebookMoeConfig config);

    /// <summary><c>calculate_effective_bandwidth</c>, bytes/s.</summary>
    double EffectiveBandwidthBytesPerSecond(NotebookMoeConfig config);

    /// <summary><c>calculate_throughput</c>: <c>experts_per_forward / (processing_time + miss_penalty)</c> (experts/s as written).</summary>
    double Throughput(NotebookMoeConfig config, double processingSeconds);
}
