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
}
