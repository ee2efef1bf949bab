using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>One corrected prediction: a miss model and the tokens/s it implies.</summary>
public sealed record CorrectedPrediction(string Label, MissDistribution Misses, ThroughputPrediction Throughput);

/// <summary>The seed-000 prediction and the corrected analytic predictions for the same model, machine and cache.</summary>
public sealed record AnalyticComparison(
    OffloadModelShape Shape,
    HardwareProfile Hardware,
    int CachedExpertsPerLayer,
    Seed000Prediction Seed,
    IReadOnlyList<CorrectedPrediction> Corrected)
{
    /// <summary>
    /// Builds the comparison. Always included: exact uniform routing (hypergeometric) with demand transfers,
    /// and the same with the cheaper of transfer and CPU execution per miss. Optional: Che's LRU approximation
    /// from per-expert inclusion probabilities (Σ = k), and a measured hit rate (e.g. the simulator's).
    /// </summary>
    public static AnalyticComparison Compute(
        OffloadModelShape shape,
        HardwareProfile hardware,
        int cachedExpertsPerLayer,
        IReadOnlyList<double>? inclusionProbabilities = null,
        double? measuredHitRate = null,
        string measuredLabel = "measured hit rate")
    {
        shape.Validate();
        Preconditions.InRange(cachedExpertsPerLayer, 0, shape.ExpertsPerLayer, "cached_experts_per_layer");
        var corrected = new List<CorrectedPrediction>();

        var uniform = MissDistribution.UniformRouting(shape.ExpertsPerLayer, shape.TopK, cachedExpertsPerLayer);
        corrected.Add(new("uniform routing, exact; transfer every miss", uniform,
            TokenThroughputModel.Predict(shape, hardware, uniform, MissHandling.Transfer)));
        corrected.Add(new("uniform routing, exact; cheaper of transfer / CPU per miss", uniform,
            TokenThroughputModel.Predict(shape, hardware, uniform, MissHandling.Cheaper)));

        if (inclusionProbabilities is not null)
        {
            Preconditions.That(inclusionProbabilities.Count == shape.ExpertsPerLayer,
                $"need one inclusion probability per expert ({shape.ExpertsPerLayer}), got {inclusionProbabilities.Count}", "inclusion_probabilities");
            var che = CheApproximation.ForTopKLayer(inclusionProbabilities, shape.TopK, cachedExpertsPerLayer);
            var misses = MissDistribution.IndependentHits(shape.TopK, che.HitRate, "Che LRU");
            corrected.Add(new($"Che LRU approximation (IRM, T = {che.CharacteristicTime:0.###} tokens); transfer every miss", misses,
                TokenThroughputModel.Predict(shape, hardware, misses, MissHandling.Transfer)));
        }

        if (measuredHitRate is { } h)
        {
            var misses = MissDistribution.IndependentHits(shape.TopK, h, measuredLabel);
            corrected.Add(new($"{measuredLabel}; transfer every miss", misses,
                TokenThroughputModel.Predict(shape, hardware, misses, MissHandling.Transfer)));
        }

        return new AnalyticComparison(shape, hardware, cachedExpertsPerLayer,
            Seed000OffloadModel.Predict(shape, hardware, cachedExpertsPerLayer), corrected);
    }
}
