using MoeLab.Offload.Caching;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Simulation;

/// <summary>Hit/miss counts of one policy at one capacity, with no notion of time.</summary>
/// <param name="Policy">Display name of the policy that ran, parameters included.</param>
/// <param name="HitRateByLayer">Demand hit rate of each layer.</param>
/// <param name="BytesMoved">Transfers × expert bytes.</param>
public sealed record CacheReplayResult(string Policy, CacheCapacity Capacity, CacheCounters Counters, IReadOnlyList<double> HitRateByLayer, long BytesMoved);

/// <summary>
/// Replays requests through an <see cref="ExpertCache"/> to count hits and misses — the fast path used for
/// hit-rate curves and sweeps. Offline policies run on a <see cref="RequestStream"/> (next uses and popularity
/// precomputed); online policies can also stream a trace file in constant memory.
/// </summary>
public static class CacheReplay
{
    public static CacheReplayResult Run(RequestStream stream, CachePolicySpec policy, CacheCapacity capacity, long expertBytes)
    {
        var offline = CachePolicyCatalog.IsOffline(policy);
        var cache = new ExpertCache(stream.Shape, capacity, expertBytes, policy,
            popularity: policy.Name == "pin" ? stream.Popularity() : null, hasNextUse: offline);
        var nextUse = offline ? stream.NextUse : default;
        var layers = stream.Shape.Layers;
        var outcomes = new AccessOutcome[stream.Shape.ExpertsPerLayer];
        for (var step = 0; step < stream.StepCount; step++)
            for (var layer = 0; layer < layers; layer++)
            {
                var experts = stream.ExpertsAt(step, layer);
                var uses = offline ? nextUse.Slice(stream.FirstRequestAt(step, layer), experts.Length) : default;
                cache.AccessStep(layer, experts, uses, outcomes);
            }
        cache.EndStep();
        return Result(cache);
    }

    /// <summary>Streams a trace record by record (batch 1); memory does not grow with trace length. Online policies only.</summary>
    public static CacheReplayResult Run(IRoutingTraceReader reader, CachePolicySpec policy, CacheCapacity capacity, long expertBytes)
    {
        var cache = new ExpertCache(reader.Shape, capacity, expertBytes, policy);
        var k = reader.Shape.TopK;
        var layers = reader.Shape.Layers;
        var experts = new int[k * 4096];
        var outcomes = new AccessOutcome[k];
        int records;
        while ((records = reader.ReadExperts(experts, out var layer)) > 0)
        {
            var ids = experts.AsSpan(0, records * k);
            for (var r = 0; r < ids.Length; r += k)
            {
                cache.AccessStep(layer, ids.Slice(r, k), default, outcomes);
                if (++layer == layers) layer = 0;
            }
        }
        cache.EndStep();
        return Result(cache);
    }

    public static CacheReplayResult Result(ExpertCache cache)
    {
        var byLayer = new double[cache.Shape.Layers];
        for (var l = 0; l < byLayer.Length; l++)
            byLayer[l] = cache.RequestsByLayer[l] == 0 ? double.NaN : (double)cache.HitsByLayer[l] / cache.RequestsByLayer[l];
        var counters = cache.Counters;
        return new CacheReplayResult(cache.PolicyName, cache.Capacity, counters, byLayer, counters.Transfers * cache.ExpertBytes);
    }
}
