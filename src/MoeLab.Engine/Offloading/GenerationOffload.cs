namespace MoeLab.Engine.Offloading;

/// <summary>What streaming experts cost a generation: the cache, its hits, the reads and the time blocked on them.</summary>
public sealed record GenerationOffload(string Policy, MoeLab.Offload.Caching.CacheCapacity Capacity, long BudgetBytes, long Requests, long Hits, long BytesRead, long Reads, double StallSeconds, string IoMode)
{
    public double HitRate => Requests == 0 ? double.NaN : (double)Hits / Requests;

    public static GenerationOffload From(OffloadedDecoder offloaded)
    {
        var s = offloaded.Source;
        var counters = s.Cache.Counters;
        var io = s.Reads.Totals;
        return new GenerationOffload(s.Cache.PolicyName, s.Cache.Capacity, s.BudgetBytes, counters.Requests, counters.Hits, io.Bytes, io.Reads, s.StallSeconds, s.IoMode);
    }
}
