namespace MoeLab.Engine.Offloading;

/// <summary>What one decoded token cost, measured on the decoder's thread.</summary>
/// <param name="WallSeconds">The whole decoder step.</param>
/// <param name="StallSeconds">Blocked waiting for expert reads (demand misses, late prefetches, a victim's read finishing).</param>
/// <param name="DenseSeconds">Embedding, attention, routers, norms, shared experts, LM head.</param>
/// <param name="ExpertSeconds">Routed-expert SwiGLU compute.</param>
/// <param name="BytesRead">Bytes read from the device during the step (demand and prefetch reads that completed in it).</param>
/// <param name="ReadsIssued">Read calls (pread) that completed during the step.</param>
/// <param name="ReadSeconds">Time inside those reads, summed over I/O threads.</param>
/// <param name="Requests">Expert requests (layers × top-k).</param>
/// <param name="Hits">Requests found in the cache at the start of their step.</param>
public readonly record struct TokenMeasurement(
    double WallSeconds, double StallSeconds, double DenseSeconds, double ExpertSeconds,
    long BytesRead, long ReadsIssued, double ReadSeconds, long Requests, long Hits)
{
    /// <summary>Everything that is neither waiting for I/O nor computing: the runtime's own bookkeeping.</summary>
    public double OverheadSeconds => Math.Max(0, WallSeconds - StallSeconds - DenseSeconds - ExpertSeconds);
}

/// <summary>A run's totals and distributions over its tokens.</summary>
public sealed record ReplayMeasurements(IReadOnlyList<TokenMeasurement> Tokens, long PeakResidentBytes, long BudgetBytes)
{
    public int TokenCount => Tokens.Count;
    public double WallSeconds => Tokens.Sum(t => t.WallSeconds);
    public double StallSeconds => Tokens.Sum(t => t.StallSeconds);
    public double DenseSeconds => Tokens.Sum(t => t.DenseSeconds);
    public double ExpertSeconds => Tokens.Sum(t => t.ExpertSeconds);
    public double OverheadSeconds => Tokens.Sum(t => t.OverheadSeconds);
    public long BytesRead => Tokens.Sum(t => t.BytesRead);
    public long ReadsIssued => Tokens.Sum(t => t.ReadsIssued);
    public double ReadSeconds => Tokens.Sum(t => t.ReadSeconds);

    /// <summary>Bytes per second inside the runtime's reads (per reader thread): the device bandwidth the runtime got,
    /// to hold against fio's on the same file and block size.</summary>
    public double ReadBytesPerSecond => ReadSeconds > 0 ? BytesRead / ReadSeconds : double.NaN;
    public long Requests => Tokens.Sum(t => t.Requests);
    public long Hits => Tokens.Sum(t => t.Hits);
    public double HitRate => Requests == 0 ? double.NaN : (double)Hits / Requests;
    public double TokensPerSecond => WallSeconds > 0 ? TokenCount / WallSeconds : double.NaN;

    /// <summary>Token latency at quantile q (nearest rank), seconds.</summary>
    public double LatencyQuantile(double q)
    {
        if (Tokens.Count == 0) return double.NaN;
        var sorted = Tokens.Select(t => t.WallSeconds).Order().ToArray();
        var rank = (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
