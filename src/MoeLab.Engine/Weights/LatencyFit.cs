namespace MoeLab.Engine.Weights;

/// <summary>Mean time of reads of one size at queue depth 1.</summary>
public sealed record LatencyPoint(long ReadBytes, int Reads, double MeanSeconds)
{
    public double BandwidthBytesPerSecond => ReadBytes / MeanSeconds;
}

/// <summary>
/// The straight line t = latency + bytes / bandwidth through <see cref="LatencyPoint"/>s (ordinary least squares
/// on the means), the bus model the simulator uses; <see cref="RSquared"/> says how well a line fits.
/// </summary>
public sealed record LatencyFit(double LatencySeconds, double BandwidthBytesPerSecond, double RSquared)
{
    public static LatencyFit Of(IReadOnlyList<LatencyPoint> points)
    {
        if (points.Count < 2) throw new ArgumentException("a line needs two read sizes", nameof(points));
        double mx = points.Average(p => (double)p.ReadBytes), my = points.Average(p => p.MeanSeconds);
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var p in points)
        {
            double dx = p.ReadBytes - mx, dy = p.MeanSeconds - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        var slope = sxy / sxx;
        var intercept = my - slope * mx;
        var r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new LatencyFit(intercept, 1 / slope, r2);
    }

    public double Seconds(double bytes) => LatencySeconds + bytes / BandwidthBytesPerSecond;

    /// <summary>
    /// The line through two measured points: the smallest read (the latency) and an expert-sized one (what every
    /// transfer of the simulator is). It reproduces an expert read's mean time exactly, which a least-squares line
    /// over 4 KiB…16 MiB does not: on this project's virtual disk the 16 MiB point (8 reads) dragged the fitted
    /// bandwidth to 1.4 GB/s while 10.5 MiB reads ran at 2.0–2.6 GB/s, and predictions came out at half the
    /// measured speed. Latency is floored at 0; R² is that of the line over <paramref name="all"/> points.
    /// </summary>
    public static LatencyFit Anchored(LatencyPoint small, LatencyPoint expert, IReadOnlyList<LatencyPoint> all)
    {
        if (expert.ReadBytes <= small.ReadBytes) throw new ArgumentException("the expert-sized read must be the larger", nameof(expert));
        var bandwidth = (expert.ReadBytes - small.ReadBytes) / Math.Max(expert.MeanSeconds - small.MeanSeconds, 1e-12);
        var latency = Math.Max(0, small.MeanSeconds - small.ReadBytes / bandwidth);
        // Keep the expert read exact when the latency floor moved the line.
        bandwidth = expert.ReadBytes / Math.Max(expert.MeanSeconds - latency, 1e-12);
        double my = all.Average(p => p.MeanSeconds), ssTot = 0, ssRes = 0;
        foreach (var p in all)
        {
            ssTot += (p.MeanSeconds - my) * (p.MeanSeconds - my);
            var r = p.MeanSeconds - (latency + p.ReadBytes / bandwidth);
            ssRes += r * r;
        }
        return new LatencyFit(latency, bandwidth, ssTot == 0 ? 1 : 1 - ssRes / ssTot);
    }
}
