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
    /// from each layer's per-expert inclusion probabilities (Σ = k per layer), and a measured hit rate (e.g. the
    /// simulator's). Che is solved per layer because expert i of one layer and expert i of another are
    /// unrelated: averaging their popularity across layers flattens it towards uniform and the prediction
    /// collapses to c/N. Each layer uses the token-batch form (a token's k experts served as one step, the
    /// step-atomic semantics of the simulator); every layer sees the same requests, so the hit rate is the mean.
    /// </summary>
    public static AnalyticComparison Compute(
        OffloadModelShape shape,
        HardwareProfile hardware,
        int cachedExpertsPerLayer,
        IReadOnlyList<IReadOnlyList<double>>? inclusionByLayer = null,
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

        if (inclusionByLayer is { Count: > 0 })
        {
            double hitRate = 0, time = 0;
            foreach (var layer in inclusionByLayer)
            {
                Preconditions.That(layer.Count == shape.ExpertsPerLayer,
                    $"need one inclusion probability per expert ({shape.ExpertsPerLayer}), got {layer.Count}", "inclusion_probabilities");
                var che = CheApproximation.ForTopKLayer(layer, shape.TopK, cachedExpertsPerLayer);
                hitRate += che.HitRate / inclusionByLayer.Count;
                time += che.CharacteristicTime / inclusionByLayer.Count;
            }
            var misses = MissDistribution.IndependentHits(shape.TopK, hitRate, "Che LRU");
            var scope = inclusionByLayer.Count == 1 ? "" : $" per layer ({inclusionByLayer.Count} layers), mean";
            corrected.Add(new($"Che LRU approximation{scope} (IRM, token steps, T = {time:0.###} tokens); transfer every miss", misses,
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
