using MoeLab.Offload.Caching;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Synthetic;

/// <summary>
/// The whole-trace per-layer LRU hit-rate curve (<see cref="TraceStatistics.LruHitRateCurve"/>), fed one token at
/// a time: one cache per capacity c = top-k … E−1, each replaying the token as a batch-1 step, so a trace can be
/// scored while it is generated or written and never held. Memory is fixed by the shape.
/// </summary>
public sealed class LruHitRateCurveBuilder
{
    private readonly TraceShape _shape;
    private readonly ExpertCache[] _caches;
    private readonly AccessOutcome[] _outcomes;

    public LruHitRateCurveBuilder(TraceShape shape)
    {
        _shape = shape;
        var lru = CachePolicySpec.Parse("lru");
        _caches = new ExpertCache[Math.Max(0, shape.ExpertsPerLayer - shape.TopK)];
        for (var i = 0; i < _caches.Length; i++)
            _caches[i] = new ExpertCache(shape, CacheCapacity.InExperts(shape.TopK + i), 1, lru);
        _outcomes = new AccessOutcome[shape.TopK];
    }

    /// <summary>Replays one token: layers × top-k expert ids, layer-major.</summary>
    public void AddToken(ReadOnlySpan<int> experts)
    {
        var k = _shape.TopK;
        foreach (var cache in _caches)
            for (var layer = 0; layer < _shape.Layers; layer++)
                cache.AccessStep(layer, experts.Slice(layer * k, k), default, _outcomes);
    }

    /// <summary>Hit rate at c = 1 … E−1 cached experts per layer (index c−1); sizes below top-k hold no step and stay 0.</summary>
    public double[] Curve()
    {
        var curve = new double[_shape.ExpertsPerLayer - 1];
        for (var i = 0; i < _caches.Length; i++)
        {
            _caches[i].EndStep();
            curve[_shape.TopK + i - 1] = _caches[i].Counters.HitRate;
        }
        return curve;
    }
}
