using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Synthetic;

/// <summary>Summaries of a trace's locality that a synthetic generator is calibrated to match.</summary>
public static class TraceStatistics
{
    /// <summary>Reuse intervals longer than this many tokens share the last bin.</summary>
    public const int ReuseBins = 16;

    /// <summary>Whole-trace hit rate of per-layer LRU caching c = 1 … E−1 experts (index c−1). A cache smaller than
    /// top-k cannot hold one step (step-atomic semantics), so those entries are 0 for real and synthetic traces alike.</summary>
    public static double[] LruHitRateCurve(RoutingTrace trace)
    {
        var curve = new LruHitRateCurveBuilder(trace.Shape);
        var perToken = trace.Shape.Layers * trace.Shape.TopK;
        for (var t = 0; t < trace.TokenCount; t++) curve.AddToken(trace.AllExperts.Slice(t * perToken, perToken));
        return curve.Curve();
    }

    /// <summary>
    /// Distribution of reuse intervals: for each request of an expert seen before at the same layer, the
    /// tokens since its last request (bin d−1 for d = 1 … 15, the last bin for ≥ 16). Sums to 1.
    /// </summary>
    public static double[] ReuseIntervalDistribution(RoutingTrace trace)
    {
        var shape = trace.Shape;
        var last = new int[shape.TotalExperts];
        Array.Fill(last, -1);
        var bins = new double[ReuseBins];
        long n = 0;
        for (var t = 0; t < trace.TokenCount; t++)
            for (var l = 0; l < shape.Layers; l++)
                foreach (var e in trace.Experts(t, l))
                {
                    var key = shape.Key(l, e);
                    if (last[key] >= 0)
                    {
                        bins[Math.Min(t - last[key], ReuseBins) - 1]++;
                        n++;
                    }
                    last[key] = t;
                }
        if (n > 0) for (var i = 0; i < bins.Length; i++) bins[i] /= n;
        return bins;
    }
}
