using MoeLab.Core.Hardware;
using MoeLab.Core.Units;
using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Synthetic;

namespace MoeLab.Offload.Simulation;

/// <summary>One simulated granularity under one kind of routing, with the analytic rows for the same split.</summary>
/// <param name="Routing">"independent", "sticky" or "calibrated-real".</param>
/// <param name="Parameters">The generator parameters used at this granularity.</param>
/// <param name="Analytic">Exact uniform-routing expectation and the seed-000 model's prediction for the same split.</param>
public sealed record GranularityPoint(string Routing, SyntheticRoutingParameters Parameters, int Granularity, SimulationResult Simulated, GranularityRow Analytic)
{
    public double BytesMovedPerToken => Simulated.BytesMoved / (double)Simulated.DecodeTokens;
    public double TransfersPerToken => Simulated.Transfers / (double)Simulated.DecodeTokens;
}

/// <summary>
/// Seed 000's central claim, tested: split every expert g = 1, 2, 4, … ways at fixed total, active and cached
/// bytes (N·g experts of s/g, top-k·g, c·g cached per layer) and simulate decoding under three routings —
/// independent (Zipf popularity, no memory), sticky (each previous expert kept with probability q), and
/// calibrated-real (s and q fitted to a real trace). Synthetic routing is generated directly at each
/// granularity with the same parameters and seed.
/// </summary>
public static class GranularitySweep
{
    public static IReadOnlyList<GranularityPoint> Run(
        OffloadModelShape model, HardwareProfile hardware, IReadOnlyList<(string Routing, SyntheticRoutingParameters Parameters)> routings,
        int cachedExpertsPerLayer, int maxGranularity, int tokens, int seed, CachePolicySpec? policy = null, IProgress<double>? progress = null)
    {
        var granularities = Validate(model, cachedExpertsPerLayer, maxGranularity, tokens);
        policy ??= CachePolicySpec.Parse("lru");
        var analytic = GranularityAnalysis.UniformRouting(model, hardware, cachedExpertsPerLayer, granularities);
        var points = new List<GranularityPoint>();
        foreach (var (routing, parameters) in routings)
            for (var i = 0; i < granularities.Count; i++)
            {
                var g = granularities[i];
                var split = model.SplitExperts(g);
                var trace = SyntheticRoutingGenerator.Generate(split.TraceShape(), tokens, parameters, seed);
                var result = OffloadSimulator.Run(trace, split, hardware,
                    new SimulationOptions(policy, CacheCapacity.InExperts(cachedExpertsPerLayer * g), Seed: seed));
                points.Add(new GranularityPoint(routing, parameters, g, result, analytic[i]));
                progress?.Report((double)points.Count / (routings.Count * granularities.Count));
            }
        return points;
    }

    /// <summary>
    /// Checks every argument <see cref="Run"/> takes, and that each split model is one a trace can describe, in
    /// microseconds: a caller calls it before slow preparation (calibrating the real routing takes seconds), so a
    /// bad argument is refused at once. Returns the granularities 1, 2, 4, … up to <paramref name="maxGranularity"/>.
    /// </summary>
    public static IReadOnlyList<int> Validate(OffloadModelShape model, int cachedExpertsPerLayer, int maxGranularity, int tokens)
    {
        Preconditions.InRange(cachedExpertsPerLayer, 0, model.ExpertsPerLayer, "--cache-experts");
        // c·g of top-k·g holds a step exactly when c holds top-k.
        CacheCapacity.InExperts(cachedExpertsPerLayer).RequireHoldsStep(model.TopK, model.ExpertBytes);
        Preconditions.Positive(tokens, "--tokens");
        Preconditions.Positive(maxGranularity, "--max-granularity");
        var granularities = GranularityAnalysis.PowersOfTwo(maxGranularity);
        var largest = granularities[^1];
        if ((long)model.ExpertsPerLayer * largest > ushort.MaxValue)
            throw new InvalidInputException(
                $"splitting each of {model.ExpertsPerLayer} experts {largest} ways makes {(long)model.ExpertsPerLayer * largest} experts per layer; a routing trace holds at most {ushort.MaxValue}",
                field: "--max-granularity");
        foreach (var g in granularities) model.SplitExperts(g).TraceShape();
        // Each run holds its synthetic trace in memory: an id and a gate (8 bytes) per token, layer and chosen expert.
        var traceBytes = (double)tokens * model.Layers * model.TopK * largest * (sizeof(int) + sizeof(float));
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (traceBytes > memory)
            throw new InvalidInputException(
                FormattableString.Invariant($"{tokens} tokens at g = {largest} make a {UnitFormat.BytesDecimal(traceBytes)} trace, more than the {UnitFormat.BytesDecimal(memory)} of memory available; use fewer --tokens or a smaller --max-granularity"),
                field: "--tokens");
        return granularities;
    }
}
